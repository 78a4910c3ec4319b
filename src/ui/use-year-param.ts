import { useSearchParams } from 'wouter';
import { localDateToday, yearOf } from '../lib/dates';

/**
 * The year a page shows (the plan, the report): `?ar=` in the address, so links, reloads and the
 * back button keep it, else this year in Europe/Stockholm.
 * Imported by its path, not through ui/index.ts: it pulls in date-fns and its Swedish locale, which
 * the first bundle (the start page imports ui/index.ts) must not carry (about 10 KiB gzip).
 */
export function useYearParam(): {
  year: number;
  currentYear: number;
  setYear: (y: number) => void;
} {
  const currentYear = yearOf(localDateToday());
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('ar'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2200 ? asked : currentYear;
  const setYear = (next: number) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (next === currentYear) out.delete('ar');
        else out.set('ar', String(next));
        return out;
      },
      { replace: true },
    );
  return { year, currentYear, setYear };
}
