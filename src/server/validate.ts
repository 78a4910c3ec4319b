import type * as z from 'zod/mini';
import { invalid } from './http-error';

/** Parses a body, query or params with a zod/mini schema; a mismatch is a 400 `invalid`. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalid(
    parsed.error.issues.slice(0, 20).map((issue) => ({
      path: issue.path.join('.'),
      code: issue.code,
    })),
  );
}
