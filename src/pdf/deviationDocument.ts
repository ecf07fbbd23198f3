// Deviations as one document for the organisation's deviation routine: a table with the date,
// type, parties, what happened and the plan's id. No name of the person.
import { sortDeviations, type Deviation } from '../domain/deviations';
import { toCsv } from '../domain/csv';
import { localIsoDate } from '../domain/dates';
import { formatDate } from '../i18n/format';
import { svLife } from '../i18n/svLife';
import { svPdf } from '../i18n/svPdf';
import type { Block, PdfDocument } from './model';
import { BODY_SIZE } from './planDocument';

const t = svLife.deviations;

function rows(list: Deviation[]): string[][] {
  return sortDeviations(list).map((d) => [d.date, t.types[d.type], d.parties.trim(), d.description.trim(), d.planId, localIsoDate(new Date(d.createdAt))]);
}

/** The deviations as CSV for a spreadsheet: one row each, newest first, with a header row. */
export function deviationsCsv(list: Deviation[]): string {
  return toCsv([t.csvHeader, ...rows(list)]);
}

/** One section per deviation, newest first: the date and type as its heading, then the fields. */
export function deviationsDocument(list: Deviation[], madeOn: string): PdfDocument {
  const c = t.csvHeader;
  return {
    fileName: t.csvName(madeOn),
    owner: t.pdfTitle,
    title: t.pdfTitle,
    author: svPdf.creator,
    subject: t.pdfTitle,
    bodySize: BODY_SIZE,
    coverLine: t.pdfIntro(list.length, formatDate(madeOn)),
    marking: svPdf.marking,
    footer: `${t.pdfTitle} · ${madeOn}`,
    blocks: [
      { kind: 'heading', level: 1, text: t.pdfTitle },
      ...rows(list).flatMap(([date, type, parties, description, planId, recorded]): Block[] => [
        { kind: 'heading', level: 2, text: `${formatDate(date!)} · ${type}` },
        {
          kind: 'fields',
          rows: [
            { label: c[2]!, value: parties! },
            { label: c[3]!, value: description! },
            { label: c[4]!, value: planId! },
            { label: c[5]!, value: formatDate(recorded!) },
          ],
        },
      ]),
    ],
  };
}
