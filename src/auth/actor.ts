/** Who is acting: a signed-in user, an operator at the command line, a source system, or the system itself. */
export type Role = 'reporter' | 'unit_head' | 'aggregator' | 'inspector' | 'leader' | 'admin';
export const ROLES: readonly Role[] = ['reporter', 'unit_head', 'aggregator', 'inspector', 'leader', 'admin'];

export interface UserActor {
  kind: 'user';
  userId: number;
  username: string;
  unitCode: string;
  roles: Role[];
  /** For aggregators, the indicators it tracks (the auth hook fills in the catalogue's default). */
  trackedIndicators: string[];
  /** The user's unit and every unit below it, loaded by the auth hook; absent = its own unit only. */
  unitsUnder?: ReadonlySet<string>;
}
export interface TokenActor {
  kind: 'token';
  tokenId: number;
  name: string;
  source: string;
  recordSets: string[];
  unitCodes: string[];
}
/** The operator at the server's own command line: full rights, like root on the machine. */
export interface CliActor {
  kind: 'cli';
}
export interface SystemActor {
  kind: 'system';
}
export type Actor = UserActor | TokenActor | CliActor | SystemActor;

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.username;
    case 'token':
      return `token:${actor.name}`;
    case 'cli':
      return 'cli';
    case 'system':
      return 'system';
  }
}
