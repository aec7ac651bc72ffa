// Finds a country's ISO codes from any of the names sources use for it ("Burma", "Korea, South", "Czechia").
import type { WorldCountry } from './world-countries';
import { nameKey } from '../text';

export interface CountryRef {
  cca2: string;
  cca3: string;
  name: string;
}

export class CountryResolver {
  private byName = new Map<string, CountryRef>();
  readonly byCca2 = new Map<string, CountryRef>();
  readonly byCca3 = new Map<string, CountryRef>();

  constructor(list: readonly WorldCountry[]) {
    for (const c of list) {
      const ref = { cca2: c.cca2, cca3: c.cca3, name: c.name.common };
      this.byCca2.set(c.cca2, ref);
      this.byCca3.set(c.cca3, ref);
    }
    // Common and official English names first, so they win over another country's alternative spelling.
    for (const c of list) this.addName(c.name.common, c.cca3);
    for (const c of list) this.addName(c.name.official, c.cca3);
    for (const c of list) for (const a of c.altSpellings ?? []) if (a.length > 2) this.addName(a, c.cca3);
    for (const c of list) for (const t of Object.values(c.translations ?? {})) this.addName(t.common, c.cca3);
  }

  private addName(name: string, cca3: string): void {
    const k = nameKey(name);
    const ref = this.byCca3.get(cca3);
    if (k && ref && !this.byName.has(k)) this.byName.set(k, ref);
  }

  resolve(name: string): CountryRef | undefined {
    const direct = this.byName.get(nameKey(name)) ?? this.byName.get(nameKey(name.replace(/^The /, ''))) ?? this.byName.get(nameKey(`Republic of ${name}`));
    if (direct) return direct;
    // Factbook style "Korea, South" -> "South Korea"; "Gambia, The" -> "Gambia".
    const m = /^(.+), (.+)$/.exec(name);
    if (m) return this.byName.get(nameKey(m[2] === 'The' ? m[1]! : `${m[2]} ${m[1]}`));
    return undefined;
  }
}
