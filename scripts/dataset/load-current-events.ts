// Reads every day file of the Current Events folder, reporting files it cannot parse.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDay, type RawEvent } from './adapters/current-events';
import type { SkipLog } from './draft';

export interface CurrentEventsLoad {
  events: Array<RawEvent & { id: string }>;
  headers: Map<string, number>;
  files: number;
  parsed: number;
  v2Days: string[];
  brokenFiles: Array<{ file: string; error: string }>;
  emptyDays: string[];
  missingNumbers: number;
  lastDate: string;
}

export function loadCurrentEvents(dir: string, skips: SkipLog): CurrentEventsLoad {
  const out: CurrentEventsLoad = {
    events: [], headers: new Map(), files: 0, parsed: 0, v2Days: [], brokenFiles: [], emptyDays: [], missingNumbers: 0, lastDate: '',
  };
  const years = readdirSync(dir).filter((y) => /^\d{4}$/.test(y)).sort();
  for (const y of years) {
    for (const m of readdirSync(join(dir, y)).filter((x) => /^\d{2}$/.test(x)).sort()) {
      for (const f of readdirSync(join(dir, y, m)).filter((x) => /^\d{4}-\d{2}-\d{2}\.yaml$/.test(x)).sort()) {
        out.files++;
        const fileDate = f.slice(0, 10);
        let day;
        try {
          day = parseDay(readFileSync(join(dir, y, m, f), 'utf8'), fileDate);
        } catch (e) {
          const error = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 160);
          out.brokenFiles.push({ file: `${y}/${m}/${f}`, error });
          skips.add('current-events', 'invalid YAML day file skipped', `${f}: ${error}`);
          continue;
        }
        out.parsed++;
        if (day.schema === 'v2') out.v2Days.push(fileDate);
        if (day.events.length === 0) out.emptyDays.push(fileDate);
        out.missingNumbers += day.missingNumbers;
        for (const h of day.headers) out.headers.set(h, (out.headers.get(h) ?? 0) + 1);
        for (const ev of day.events) {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(ev.date)) {
            skips.add('current-events', 'event without a valid date', `${f}`);
            continue;
          }
          out.events.push({ ...ev, id: `ce:${fileDate}:${ev.index}` });
          if (ev.date > out.lastDate) out.lastDate = ev.date;
        }
      }
    }
  }
  return out;
}
