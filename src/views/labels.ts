// The words a reader sees for the data's coded values.
import type { Claim, Source } from '../data/primitives'

export const MEASURE_LABELS: Record<Claim['measures'], string> = {
  deaths: 'Deaths (official toll)',
  'confirmed-deaths': 'Confirmed military deaths',
  casualties: 'Casualties (killed and wounded)',
  'combat-losses': 'Personnel combat losses',
}

export const KIND_LABELS: Record<Claim['kind'], string> = {
  'party-claim': 'Claim by a party to the war',
  'independent-count': 'Independent count',
  'estimate-range': 'Estimate, given as a range',
}

export const ROLE_LABELS: Record<Source['role'], string> = {
  'party-to-the-war': 'a party to the war',
  'independent-media': 'independent media',
  'foreign-government': 'a foreign government official',
}
