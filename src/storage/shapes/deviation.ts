// The stored shape of a deviation.
import { DEVIATION_TYPES, type Deviation } from '../../domain/deviations';
import { id, object, oneOf, required, text, upgraded, type Misfit, type Shape, type UpgradeStep } from './fill';

/** Changes to stored deviations that a default cannot express, oldest first. None yet. */
export const DEVIATION_STEPS: readonly UpgradeStep[] = [];

export const deviationShape: Shape<Deviation> = upgraded(
  object<Deviation>({
    id: id(),
    planId: id(),
    date: required(text()),
    type: oneOf(DEVIATION_TYPES),
    parties: text(),
    description: text(),
    createdAt: text(),
    updatedAt: required(text()),
  }),
  DEVIATION_STEPS,
);

/** A deviation, every field, from what was stored at `contentVersion`. */
export function restoreDeviation(stored: unknown, contentVersion: number, misfit?: Misfit): Deviation {
  return deviationShape.fill(stored, { contentVersion, misfit });
}
