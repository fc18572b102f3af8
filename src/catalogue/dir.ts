import { fileURLToPath } from 'node:url';

/** The catalogue shipped with the product: Sơn La's units and the plans of the five seeds. */
export const defaultCatalogueDir = fileURLToPath(new URL('../../catalogue', import.meta.url));
