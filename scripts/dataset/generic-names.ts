// Institution names made only of everyday words ("Securities and Exchange Commission", "Department of Justice",
// "Environmental Protection Agency") name a body in many countries. wikilinker keeps one QID per label with no
// disambiguation, and for such a label it is often a namesake or a list page, not the body the news means. When
// the news itself writes the name with a country in front ("U.S. Securities and Exchange Commission"), the bare
// label is not evidence enough: wikilinker alone does not give it a QID.

const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', '&']);
const INSTITUTION = /^(Commission|Administration|Agency|Department|Ministry|Bureau|Office|Service|Authority|Board|Institute|Council|Committee|Corporation|Court|Tribunal|Reserve)$/;
const NATIONAL = /^(U\.S\.|US|U\.K\.|UK|United States|United Kingdom)$/;

/**
 * Every word of the name is an everyday word, none names a country or its people ("Australian Competition and
 * Consumer Commission" and "China National Petroleum Corporation" say whose they are), and one word is a kind of
 * institution.
 */
export function isGenericInstitutionName(name: string, everyday: ReadonlySet<string>, national: ReadonlySet<string> = new Set()): boolean {
  const words = name.split(/\s+/).filter((w) => !CONNECTORS.has(w.toLowerCase()));
  if (words.length < 2 || !words.some((w) => INSTITUTION.test(w))) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isEveryday(w.toLowerCase(), everyday) && !national.has(w));
}

/** WordNet lists lemmas: "securities" is "security", "services" "service". */
function isEveryday(w: string, everyday: ReadonlySet<string>): boolean {
  return everyday.has(w) || (w.endsWith('ies') && everyday.has(`${w.slice(0, -3)}y`)) || (w.endsWith('s') && everyday.has(w.slice(0, -1)));
}

/** One of the aliases is the name with a country or its demonym in front ("U.S. X", "American X"). */
export function hasNationalForm(name: string, aliases: readonly string[], demonyms: ReadonlySet<string>): boolean {
  return aliases.some((a) => {
    if (!a.endsWith(` ${name}`)) return false;
    const prefix = a.slice(0, a.length - name.length - 1);
    return NATIONAL.test(prefix) || demonyms.has(prefix);
  });
}
