import type { ValueTransformer } from 'typeorm';

/**
 * DECIMAL columns arrive as strings from MySQL (exact) and as numbers from
 * SQLite; amounts in yuan are exposed as Float, so both become numbers.
 */
export const decimalTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
