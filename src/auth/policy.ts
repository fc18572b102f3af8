import { forbidden } from '../shared/errors.js';
import type { Actor, Role, TokenActor, UserActor } from './actor.js';

/**
 * Who may do what — every permission of the product, read in one place (SPEC §2, §9).
 * Pure: the actor carries its unit subtree (`unitsUnder`, loaded by the auth hook) and, for an
 * aggregator, the indicators it tracks; nothing here touches the database.
 *
 * Without a resource, `can` answers "may this actor do this to something" (a list endpoint);
 * the list is then narrowed with `unitScope`. With a resource it answers for that one thing.
 * The report workflow actions (edit, approve, submit, review) always need the report.
 */

/** A thing that belongs to one unit: a report, a result, a record, a flag. */
export interface UnitResource {
  unitCode: string;
}
/** An extract to import: its record set and every unit its rows name (empty before parsing). */
export interface ImportResource {
  recordSet: string;
  unitCodes: readonly string[];
}
export type ReportStatus = 'draft' | 'approved' | 'submitted' | 'accepted' | 'returned';
export interface ReportResource {
  unitCode: string;
  status: ReportStatus | string;
  indicatorCodes: readonly string[];
}
/** A data-control flag on an indicator, for a unit. */
export interface FlagResource {
  indicatorCode: string;
  unitCode?: string;
}

export interface Resources {
  'catalogue.read': undefined;
  'catalogue.manage': undefined;
  'units.read': undefined;
  'units.manage': undefined;
  'users.read': undefined;
  'users.manage': undefined;
  'audit.read': undefined;
  'imports.create': ImportResource;
  'imports.read': UnitResource;
  'results.read': UnitResource;
  'records.read': UnitResource;
  'flags.read': UnitResource;
  'flags.decide': FlagResource;
  'spotchecks.open': UnitResource;
  'spotchecks.record': UnitResource;
  'reports.read': UnitResource;
  'reports.edit': ReportResource;
  'reports.approve': ReportResource;
  'reports.submit': ReportResource;
  'reports.review': ReportResource;
  'campaigns.manage': undefined;
  'exports.create': UnitResource;
  'tokens.manage': undefined;
}
export type Action = keyof Resources;

type Rule<A extends Action> = (user: UserActor, resource: Resources[A] | undefined) => boolean;

// ---- the vocabulary the rules are written in ----

const is = (user: UserActor, ...roles: Role[]) => roles.some((role) => user.roles.includes(role));
/** The actor's unit and every unit below it (divisions under a department, all under the province). */
const subtreeOf = (user: UserActor): ReadonlySet<string> => user.unitsUnder ?? new Set([user.unitCode]);
/** Own subtree; with no resource, "some unit of its own" (a list, narrowed by unitScope). */
const inOwnSubtree = (user: UserActor, resource?: { unitCode?: string }) =>
  resource?.unitCode === undefined || subtreeOf(user).has(resource.unitCode);
/** Exactly the actor's own unit — a report is signed by its own unit, not by the one above. */
const ownUnit = (user: UserActor, resource?: { unitCode: string }) =>
  resource !== undefined && resource.unitCode === user.unitCode;
const tracks = (user: UserActor, indicatorCode: string) => user.trackedIndicators.includes(indicatorCode);
const hasStatus = (resource: { status: string } | undefined, status: ReportStatus) =>
  resource?.status === status;

/** Province-wide readers: everything in their role's reach, whatever their own unit. */
const PROVINCE_READERS: Role[] = ['leader', 'inspector', 'aggregator', 'admin'];
/** A unit's own staff: only their unit and what sits below it. */
const UNIT_STAFF: Role[] = ['reporter', 'unit_head'];

/** Reads scoped by unit: these roles see every unit; unit staff see their own subtree. */
const WIDE_READERS = {
  'imports.read': ['inspector', 'aggregator', 'admin'],
  'results.read': PROVINCE_READERS,
  // issue 5: "a click from any number to the records behind it" — the province's readers may follow
  // any number to its records (read-only; records carry no personal data beyond ids)
  'records.read': PROVINCE_READERS,
  // SPEC §8: the province dashboard shows the open data-control flags
  'flags.read': PROVINCE_READERS,
  'reports.read': PROVINCE_READERS,
  'exports.create': PROVINCE_READERS,
} as const satisfies Record<string, readonly Role[]>;
export type UnitScopedAction = keyof typeof WIDE_READERS;

const anyUser: Rule<Action> = () => true;
const adminOnly: Rule<Action> = (user) => is(user, 'admin');
const wideOrOwnSubtree =
  (action: UnitScopedAction) =>
  (user: UserActor, resource?: { unitCode?: string }): boolean =>
    is(user, ...WIDE_READERS[action]) || (is(user, ...UNIT_STAFF) && inOwnSubtree(user, resource));

const rules: { [A in Action]: Rule<A> } = {
  'catalogue.read': anyUser,
  'catalogue.manage': adminOnly,
  'units.read': anyUser,
  'units.manage': adminOnly,
  'users.read': adminOnly,
  'users.manage': adminOnly,
  // level 3: the audit trail is read by administration and by the inspectors (Ban Chỉ đạo)
  'audit.read': (user) => is(user, 'admin', 'inspector'),

  // SPEC §2: reporters upload extracts for their own unit; aggregators and admins for any
  'imports.create': (user, extract) =>
    is(user, 'aggregator', 'admin') ||
    (is(user, ...UNIT_STAFF) && (extract?.unitCodes ?? []).every((code) => subtreeOf(user).has(code))),
  'imports.read': wideOrOwnSubtree('imports.read'),

  'results.read': wideOrOwnSubtree('results.read'),
  'records.read': wideOrOwnSubtree('records.read'),
  'flags.read': wideOrOwnSubtree('flags.read'),
  // SPEC §6.3: an aggregator reconciles the indicators it tracks
  'flags.decide': (user, flag) =>
    is(user, 'admin') || (is(user, 'aggregator') && (flag === undefined || tracks(user, flag.indicatorCode))),
  // SPEC §6.7: spot checks are the inspectors'
  'spotchecks.open': (user) => is(user, 'inspector'),
  'spotchecks.record': (user) => is(user, 'inspector'),

  'reports.read': wideOrOwnSubtree('reports.read'),
  // SPEC §4: draft → approved by the unit head → submitted → accepted | returned
  'reports.edit': (user, report) =>
    is(user, ...UNIT_STAFF) && ownUnit(user, report) && hasStatus(report, 'draft'),
  'reports.approve': (user, report) =>
    is(user, 'unit_head') && ownUnit(user, report) && hasStatus(report, 'draft'),
  'reports.submit': (user, report) =>
    is(user, 'unit_head') && ownUnit(user, report) && hasStatus(report, 'approved'),
  'reports.review': (user, report) =>
    is(user, 'aggregator') &&
    hasStatus(report, 'submitted') &&
    (report?.indicatorCodes ?? []).some((code) => tracks(user, code)),

  'campaigns.manage': (user) => is(user, 'admin', 'aggregator'),
  'exports.create': wideOrOwnSubtree('exports.create'),
  'tokens.manage': adminOnly,
};

/** SPEC §2: a source system's token may push extracts of its record sets for its units — nothing else. */
function tokenMay(token: TokenActor, action: Action, resource: unknown): boolean {
  if (action !== 'imports.create') return false;
  const extract = resource as ImportResource | undefined;
  if (!extract) return true;
  return (
    token.recordSets.includes(extract.recordSet) &&
    extract.unitCodes.every((code) => token.unitCodes.includes(code))
  );
}

export function can<A extends Action>(
  actor: Actor | null | undefined,
  action: A,
  resource?: Resources[A],
): boolean {
  if (!actor) return false;
  switch (actor.kind) {
    // the operator at the server's console and the system's own jobs act with full rights
    case 'cli':
    case 'system':
      return true;
    case 'token':
      return tokenMay(actor, action, resource);
    case 'user': {
      const rule = rules[action] as Rule<A> | undefined;
      return rule?.(actor, resource) === true;
    }
  }
}

/** `can`, or throw 403 `forbidden`. */
export function authorize<A extends Action>(
  actor: Actor | null | undefined,
  action: A,
  resource?: Resources[A],
): void {
  if (!can(actor, action, resource)) throw forbidden();
}

/**
 * Which units a list endpoint may show for a unit-scoped action: `'all'`, or a set of unit codes
 * (the actor's own subtree, or empty). Use it to filter queries after `authorize(actor, action)`.
 */
export function unitScope(
  actor: Actor | null | undefined,
  action: UnitScopedAction,
): 'all' | ReadonlySet<string> {
  if (!actor || actor.kind === 'token') return new Set();
  if (actor.kind === 'cli' || actor.kind === 'system') return 'all';
  if (is(actor, ...WIDE_READERS[action])) return 'all';
  return is(actor, ...UNIT_STAFF) ? subtreeOf(actor) : new Set();
}
