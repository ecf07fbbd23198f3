// The words of a follow-up's plan copies: the history of what changed ("Förut: …", "Borttaget: …"),
// the family's copy in plain words and the person's easy copy (no tables, no version numbers).
import type { GoalStatus } from '../domain/meeting';

export const svFollowUp = {
  was: (text: string) => `Förut: ${text}`,
  removed: (what: string, who: string) => `Borttaget: ${[what, who].filter(Boolean).join(', ')}`,
  added: (what: string, who: string) => `Nytt: ${[what, who].filter(Boolean).join(', ')}`,
  /** "Hur ofta: två gånger i veckan. Förut: en gång i veckan" */
  changedField: (label: string, now: string, before: string) => `${label}: ${now}. Förut: ${before}`,
  fields: { goalId: 'Mål', performer: 'Ansvarig', startDate: 'Start', when: 'När', frequency: 'Hur ofta', where: 'Var' },

  /** The person's and the family's copies: interventions the follow-up found not carried out, or in part. */
  notAsAgreed: {
    heading: 'Det här blev inte som ni bestämde',
    nej: (what: string) => `${what}: blev inte av sedan förra mötet.`,
    delvis: (what: string) => `${what}: blev bara delvis av sedan förra mötet.`,
  },
  /** The family's copy: plain words, lists, no tables. */
  family: {
    heading: 'Så har det gått',
    intro: (date: string) =>
      date
        ? `På mötet ${date} pratade ni om hur det har gått. Det här är planen som gäller nu. Alla som var med på mötet får också planen.`
        : 'På mötet pratade ni om hur det har gått. Det här är planen som gäller nu. Alla som var med på mötet får också planen.',
    status: {
      '': 'Inget är antecknat om målet.',
      uppnatt: 'Målet är nått.',
      pagar: 'Arbetet med målet pågår.',
      'ej-uppnatt': 'Målet är inte nått än.',
      andrat: 'Målet är ändrat.',
    } satisfies Record<GoalStatus, string>,
    newGoal: 'Ett nytt mål från det här mötet.',
    removedGoal: 'Målet är borttaget ur planen.',
    changes: 'Det här har ändrats i insatserna',
    newInformation: 'Nytt sedan förra mötet',
  },

  /** The person's easy copy: "du", short words, one or two sentences per goal, no numbers of versions. */
  easy: {
    intro: (date: string) =>
      date
        ? `Det här är din plan. På mötet ${date} pratade ni om hur det har gått. Alla som var med på mötet får också planen.`
        : 'Det här är din plan. På mötet pratade ni om hur det har gått. Alla som var med på mötet får också planen.',
    goals: 'Så har det gått med dina mål',
    /** How it went, then what happens now. */
    status: {
      '': 'Ni pratade om målet på mötet. Ni fortsätter att arbeta med det.',
      uppnatt: 'Du har nått målet. Det är klart nu.',
      pagar: 'Du är på väg mot målet. Ni fortsätter att arbeta med det.',
      'ej-uppnatt': 'Det har varit svårt att nå målet. Ni fortsätter att arbeta med det.',
      andrat: 'Ni har ändrat målet. Nu gäller det nya målet.',
    } satisfies Record<GoalStatus, string>,
    newGoal: 'Det här är ett nytt mål. Ni bestämde det på mötet.',
    removedGoal: 'Ni tog bort målet på mötet.',
    removedGoalUnnamed: 'Ni tog bort ett mål på mötet.',
    comment: (text: string) => `På mötet sa ni: ${text}`,
    ended: 'Det här har slutat',
    newInformation: 'Det här är nytt',
  },
};
