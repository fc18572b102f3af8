import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import type { Actor, Role, TokenActor, UserActor } from './actor.js';
import { type Action, authorize, can, type Resources, unitScope } from './policy.js';

const OWN = 'SKHCN';
const BELOW = 'SKHCN-VP'; // a division of the actor's unit
const OTHER = 'XA-CHIENGSON';

function user(role: Role, extra: Partial<UserActor> = {}): UserActor {
  return {
    kind: 'user',
    userId: 1,
    username: role,
    unitCode: OWN,
    roles: [role],
    trackedIndicators: role === 'aggregator' ? ['T26-01'] : [],
    unitsUnder: new Set([OWN, BELOW]),
    ...extra,
  };
}

/** The resource each action is asked about, for a unit; report actions in the status they act on. */
function resourceFor(action: Action, unitCode: string): Resources[Action] {
  switch (action) {
    case 'imports.create':
      return { recordSet: 'dossiers', unitCodes: [unitCode] };
    case 'flags.decide':
      return { indicatorCode: 'T26-01', unitCode };
    case 'reports.edit':
    case 'reports.approve':
      return { unitCode, status: 'draft', indicatorCodes: ['T26-01'] };
    case 'reports.submit':
      return { unitCode, status: 'approved', indicatorCodes: ['T26-01'] };
    case 'reports.review':
      return { unitCode, status: 'submitted', indicatorCodes: ['T26-01', 'T26-02'] };
    case 'catalogue.read':
    case 'catalogue.manage':
    case 'units.read':
    case 'units.manage':
    case 'users.read':
    case 'users.manage':
    case 'audit.read':
    case 'campaigns.manage':
    case 'tokens.manage':
      return undefined;
    default:
      return { unitCode };
  }
}

const roles: Role[] = ['reporter', 'unit_head', 'aggregator', 'inspector', 'leader', 'admin'];

/**
 * The permission table. Each cell: own unit / a unit below it / another unit; Y allowed, N refused.
 * Columns follow `roles`; the last one is the integration token (scoped to dossiers of all three units).
 */
// biome-ignore format: the permission table reads as a grid
const table: Record<Action, [string, string, string, string, string, string, string]> = {
  //                   reporter unit_head aggregator inspector leader  admin   token
  'catalogue.read':    ['YYY',  'YYY',    'YYY',     'YYY',    'YYY',  'YYY',  'NNN'],
  'catalogue.manage':  ['NNN',  'NNN',    'NNN',     'NNN',    'NNN',  'YYY',  'NNN'],
  'units.read':        ['YYY',  'YYY',    'YYY',     'YYY',    'YYY',  'YYY',  'NNN'],
  'units.manage':      ['NNN',  'NNN',    'NNN',     'NNN',    'NNN',  'YYY',  'NNN'],
  'users.read':        ['NNN',  'NNN',    'NNN',     'NNN',    'NNN',  'YYY',  'NNN'],
  'users.manage':      ['NNN',  'NNN',    'NNN',     'NNN',    'NNN',  'YYY',  'NNN'],
  'audit.read':        ['NNN',  'NNN',    'NNN',     'YYY',    'NNN',  'YYY',  'NNN'],
  'imports.create':    ['YYN',  'YYN',    'YYY',     'NNN',    'NNN',  'YYY',  'YYY'],
  'imports.read':      ['YYN',  'YYN',    'YYY',     'YYY',    'NNN',  'YYY',  'NNN'],
  'results.read':      ['YYN',  'YYN',    'YYY',     'YYY',    'YYY',  'YYY',  'NNN'],
  'records.read':      ['YYN',  'YYN',    'YYY',     'YYY',    'YYY',  'YYY',  'NNN'],
  'flags.read':        ['YYN',  'YYN',    'YYY',     'YYY',    'YYY',  'YYY',  'NNN'],
  'flags.decide':      ['NNN',  'NNN',    'YYY',     'NNN',    'NNN',  'YYY',  'NNN'],
  'spotchecks.open':   ['NNN',  'NNN',    'NNN',     'YYY',    'NNN',  'NNN',  'NNN'],
  'spotchecks.record': ['NNN',  'NNN',    'NNN',     'YYY',    'NNN',  'NNN',  'NNN'],
  'reports.read':      ['YYN',  'YYN',    'YYY',     'YYY',    'YYY',  'YYY',  'NNN'],
  'reports.edit':      ['YNN',  'YNN',    'NNN',     'NNN',    'NNN',  'NNN',  'NNN'],
  'reports.approve':   ['NNN',  'YNN',    'NNN',     'NNN',    'NNN',  'NNN',  'NNN'],
  'reports.submit':    ['NNN',  'YNN',    'NNN',     'NNN',    'NNN',  'NNN',  'NNN'],
  'reports.review':    ['NNN',  'NNN',    'YYY',     'NNN',    'NNN',  'NNN',  'NNN'],
  'campaigns.manage':  ['NNN',  'NNN',    'YYY',     'NNN',    'NNN',  'YYY',  'NNN'],
  'exports.create':    ['YYN',  'YYN',    'YYY',     'YYY',    'YYY',  'YYY',  'NNN'],
  'tokens.manage':     ['NNN',  'NNN',    'NNN',     'NNN',    'NNN',  'YYY',  'NNN'],
};

const token: TokenActor = {
  kind: 'token',
  tokenId: 1,
  name: 'tthc',
  source: 'tthc-tinh',
  recordSets: ['dossiers'],
  unitCodes: [OWN, BELOW, OTHER],
};

describe('policy table: role × action × own unit / unit below / other unit', () => {
  const actors: Actor[] = [...roles.map((role) => user(role)), token];
  for (const [action, row] of Object.entries(table) as [Action, string[]][]) {
    actors.forEach((actor, column) => {
      const label = actor.kind === 'user' ? actor.roles[0] : 'token';
      it(`${action} — ${label}: ${row[column]}`, () => {
        const got = [OWN, BELOW, OTHER]
          .map((unit) => (can(actor, action, resourceFor(action, unit)) ? 'Y' : 'N'))
          .join('');
        expect(got).toBe(row[column]);
      });
    });
  }

  it('covers every action of the policy', () => {
    expect(Object.keys(table).length).toBe(23);
  });
});

describe('report workflow states', () => {
  const head = user('unit_head');
  const report = (status: string) => ({ unitCode: OWN, status, indicatorCodes: ['T26-01'] });
  const allowed = (
    actor: Actor,
    action: 'reports.edit' | 'reports.approve' | 'reports.submit' | 'reports.review',
  ) =>
    ['draft', 'approved', 'submitted', 'accepted', 'returned'].filter((status) =>
      can(actor, action, report(status)),
    );

  it('edits drafts only', () => {
    expect(allowed(user('reporter'), 'reports.edit')).toEqual(['draft']);
    expect(allowed(head, 'reports.edit')).toEqual(['draft']);
  });
  it('approves drafts, submits approved reports', () => {
    expect(allowed(head, 'reports.approve')).toEqual(['draft']);
    expect(allowed(head, 'reports.submit')).toEqual(['approved']);
  });
  it('reviews submitted reports, only with a tracked indicator among them', () => {
    expect(allowed(user('aggregator'), 'reports.review')).toEqual(['submitted']);
    const untracked = { unitCode: OTHER, status: 'submitted', indicatorCodes: ['T26-09'] };
    expect(can(user('aggregator'), 'reports.review', untracked)).toBe(false);
  });
});

describe('details of the rules', () => {
  it('an aggregator decides flags only on indicators it tracks', () => {
    expect(can(user('aggregator'), 'flags.decide', { indicatorCode: 'T26-01' })).toBe(true);
    expect(can(user('aggregator'), 'flags.decide', { indicatorCode: 'T26-02' })).toBe(false);
    expect(can(user('admin'), 'flags.decide', { indicatorCode: 'T26-02' })).toBe(true);
  });

  it('a token imports only its record sets and units, all of them', () => {
    expect(can(token, 'imports.create', { recordSet: 'documents', unitCodes: [OWN] })).toBe(false);
    expect(can(token, 'imports.create', { recordSet: 'dossiers', unitCodes: [OWN, 'SYT'] })).toBe(false);
    expect(can(token, 'imports.create', { recordSet: 'dossiers', unitCodes: [] })).toBe(true);
  });

  it('unit staff may not import an extract that also names a unit outside their subtree', () => {
    expect(can(user('reporter'), 'imports.create', { recordSet: 'dossiers', unitCodes: [OWN, OTHER] })).toBe(
      false,
    );
    expect(can(user('reporter'), 'imports.create', { recordSet: 'dossiers', unitCodes: [OWN, BELOW] })).toBe(
      true,
    );
  });

  it('without a loaded subtree a user reaches its own unit only', () => {
    const bare = user('reporter', { unitsUnder: undefined });
    expect([OWN, BELOW].map((unitCode) => can(bare, 'results.read', { unitCode }))).toEqual([true, false]);
  });

  it('a user with two roles has the rights of both', () => {
    const both = user('reporter', { roles: ['reporter', 'inspector'] });
    expect(can(both, 'results.read', { unitCode: OTHER })).toBe(true);
    expect(can(both, 'spotchecks.open', { unitCode: OTHER })).toBe(true);
    expect(can(both, 'users.manage')).toBe(false);
  });

  it('the console operator and the system may do anything; nobody may do nothing', () => {
    expect(can({ kind: 'cli' }, 'users.manage')).toBe(true);
    expect(
      can({ kind: 'system' }, 'reports.review', { unitCode: OTHER, status: 'draft', indicatorCodes: [] }),
    ).toBe(true);
    expect(can(null, 'catalogue.read')).toBe(false);
  });

  it('authorize throws 403 forbidden', () => {
    expect(() => authorize(user('reporter'), 'users.manage')).toThrow(AppError);
    try {
      authorize(user('reporter'), 'users.manage');
    } catch (error) {
      expect((error as AppError).status).toBe(403);
      expect((error as AppError).code).toBe('forbidden');
    }
    expect(() => authorize(user('admin'), 'users.manage')).not.toThrow();
  });

  it('unitScope narrows lists: all for wide readers, the subtree for unit staff, nothing otherwise', () => {
    expect(unitScope(user('leader'), 'results.read')).toBe('all');
    expect([...(unitScope(user('reporter'), 'results.read') as Set<string>)]).toEqual([OWN, BELOW]);
    expect(unitScope(user('leader'), 'records.read')).toBe('all');
    expect([...(unitScope(token, 'results.read') as Set<string>)]).toEqual([]);
    expect(unitScope({ kind: 'cli' }, 'records.read')).toBe('all');
  });
});
