import { z } from 'zod';
import { ROLES } from '../../auth/actor.js';

/** What the API says about a user: the UserView of auth/users, as a schema for the OpenAPI document. */
export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  unitCode: z.string(),
  roles: z.array(z.enum(ROLES as [string, ...string[]])),
  trackedIndicators: z.array(z.string()),
  active: z.boolean(),
  locale: z.string(),
  createdAt: z.string(),
});

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messageEn: z.string(),
    details: z.unknown().optional(),
  }),
});
