import type { z } from 'zod';
import { ConfigError } from './config-error';
import { ENV_VARIABLES, type EnvName } from './env-schema';

type Spec<N extends EnvName> = (typeof ENV_VARIABLES)[N];

/** A variable's parsed value; undefined only for variables without a fallback, when unset. */
export type EnvValue<N extends EnvName> =
  | z.output<Spec<N>['schema']>
  | (Spec<N> extends { fallback: string } ? never : undefined);

export type Env = Partial<Record<string, string | undefined>>;

/**
 * One variable, validated by ENV_VARIABLES (env-schema.ts): the fallback when unset or empty, a `ConfigError`
 * naming the variable and its value when the schema refuses it. Readers pass `env` in tests, `process.env` else.
 */
export function envValue<N extends EnvName>(name: N, env: Env = process.env): EnvValue<N> {
  const spec: { schema: z.ZodType; fallback?: string; problem: string } = ENV_VARIABLES[name];
  const raw = env[name] || spec.fallback;
  if (raw === undefined) return undefined as EnvValue<N>;
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${name} "${raw}" ${spec.problem}`);
  return parsed.data as EnvValue<N>;
}

/** Whether the variable has a value of its own (not the fallback). */
export function envIsSet(name: EnvName, env: Env = process.env): boolean {
  return Boolean(env[name]);
}
