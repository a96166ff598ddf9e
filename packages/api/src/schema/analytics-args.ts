import { builder } from '../builder';
import { RadiusEnum } from './enums';

// Factories, not shared objects: Pothos builds an argument once per field (see the Pothos discussion on re-used args).

/** How far "local" reaches (DESIGN §4), JINSHAN unless asked. */
export const radiusArgs = () =>
  builder.args((t) => ({ radius: t.field({ type: RadiusEnum, defaultValue: 'JINSHAN' }) }));

/** The STRONG threshold of DESIGN §4.1. */
export const thresholdArgs = () =>
  builder.args((t) => ({ threshold: t.int({ defaultValue: 3, description: 'Local firms needed for STRONG.' }) }));
