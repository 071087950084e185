import type { EntityManager } from '@mikro-orm/postgresql';
import type { LoginLockSettings, LoginThrottleSettings } from '../../config';
import { namedSql, queryPrepared } from '../../db/prepared';
import { rateLimited } from '../../http/limits/throttle';
import { throttledAddress } from './login-address';

// $1 key, $2 memory seconds, $3 free failures, $4 first lock seconds, $5 longest lock seconds.
/** The key's failures with this one: forgotten once `memory` has passed since the last failure, or since its lock ended if that is later. */
const NEXT =
  'case when greatest(t.last_failure_at, t.locked_until) > now() - make_interval(secs => $2::float8) then t.failures + 1 else 1 end';
/** Seconds of lock after `failures`: the first lock at the free-th failure, twice as long with each further one, capped. */
const lockAfter = (failures: string) => `least($5::float8, $4::float8 * power(2::float8, least(${failures} - $3::int, 30)))`;

/**
 * Counts an attempt against a key before its password is checked, unless the key
 * is locked. Counting first (and taking a success back afterwards) means parallel
 * attempts cannot all slip in before the first failure is recorded: the row lock
 * of the upsert orders them, and the one that reaches the limit locks the rest out.
 * The outer select reads the table as it was before this statement: the lock that
 * refused the attempt, when it was refused.
 */
const ATTEMPT = namedSql(`with counted as (
  insert into login_throttle as t (key, failures, last_failure_at, locked_until)
  values ($1, 1, now(), case when $3::int <= 1 then now() + make_interval(secs => ${lockAfter('1')}) end)
  on conflict (key) do update set
    failures = ${NEXT},
    last_failure_at = now(),
    locked_until = case when ${NEXT} >= $3::int then now() + make_interval(secs => ${lockAfter(NEXT)}) end
  where t.locked_until is null or t.locked_until <= now()
  returning failures, case when failures >= $3::int then ${lockAfter('failures')} end as lock_seconds
)
select (select row_to_json(c) from counted c) as counted,
  (select extract(epoch from locked_until - now())::float8 from login_throttle where key = $1) as locked_for`);
/** Takes back an attempt counted in advance (it succeeded, or another key refused it), with any lock it alone started. */
const UNCOUNT = namedSql(`update login_throttle set failures = greatest(failures - 1, 0),
  locked_until = case when failures - 1 < $2::int then null else locked_until end where key = $1`);
const RESET = namedSql('delete from login_throttle where key = $1');
const PRUNE = namedSql(`delete from login_throttle where last_failure_at < now() - make_interval(secs => $1::float8)
  and coalesce(locked_until, last_failure_at) < now() - make_interval(secs => $1::float8)`);

interface AttemptRow {
  counted: { failures: number; lock_seconds: number | null } | null;
  locked_for: number | null;
}

/** A lock that this attempt's failure starts, for the audit log (LOGIN_THROTTLED). */
export interface StartedLock {
  scope: 'account' | 'address';
  failures: number;
  lockSeconds: number;
}

/** An admitted login attempt, already counted as a failure of its e-mail and address. */
export interface LoginAttempt {
  /** Locks this attempt starts if its password turns out wrong. */
  locksIfFailed: StartedLock[];
  /** The password was right: the account's failures are reset, the address's advance count is taken back. */
  succeeded(): Promise<void>;
}

let lastPrune = 0;
const PRUNE_EVERY_MS = 60_000;

/**
 * Admits a login attempt for `email` from `address` (unset in-process: the
 * account alone counts), or refuses it with RATE_LIMITED (HTTP 429,
 * Retry-After) while either is locked, without checking any password.
 * Failures are counted for the e-mail tried whether or not an account has it,
 * so the throttle tells nothing about which accounts exist.
 */
export async function admitLogin(
  em: EntityManager,
  settings: LoginThrottleSettings,
  email: string,
  address: string | undefined,
): Promise<LoginAttempt> {
  const scopes: Array<{ scope: StartedLock['scope']; key: string; lock: LoginLockSettings }> = [];
  // The address first: it is the stricter one, and a refusal there leaves the account's count alone.
  if (address !== undefined)
    scopes.push({ scope: 'address', key: `address:${throttledAddress(address).slice(0, 200)}`, lock: settings.address });
  scopes.push({ scope: 'account', key: `account:${email.slice(0, 200)}`, lock: settings.account });
  const counted: typeof scopes = [];
  const locksIfFailed: StartedLock[] = [];
  for (const s of scopes) {
    const [row] = await queryPrepared<AttemptRow>(em, 'write', ATTEMPT, [
      s.key,
      settings.memorySeconds,
      s.lock.freeFailures,
      s.lock.lockSeconds,
      s.lock.maxLockSeconds,
    ]);
    if (!row.counted) {
      for (const c of counted) await queryPrepared(em, 'write', UNCOUNT, [c.key, c.lock.freeFailures]);
      // A lock set by another process after this statement's snapshot shows no time left: ask again in a second.
      throw rateLimited(
        Math.max(1, Math.ceil(row.locked_for ?? 0)),
        `Too many failed logins ${s.scope === 'account' ? 'for this e-mail' : 'from this address'}`,
      );
    }
    counted.push(s);
    if (row.counted.lock_seconds !== null && row.counted.failures === s.lock.freeFailures) {
      locksIfFailed.push({ scope: s.scope, failures: row.counted.failures, lockSeconds: row.counted.lock_seconds });
    }
  }
  if (Date.now() - lastPrune >= PRUNE_EVERY_MS) {
    lastPrune = Date.now();
    await queryPrepared(em, 'write', PRUNE, [settings.memorySeconds]);
  }
  return {
    locksIfFailed,
    async succeeded() {
      for (const c of counted) {
        if (c.scope === 'account') await queryPrepared(em, 'write', RESET, [c.key]);
        // Not reset: whoever holds any account could otherwise wipe their address's failures by logging in between guesses.
        else await queryPrepared(em, 'write', UNCOUNT, [c.key, c.lock.freeFailures]);
      }
    },
  };
}
