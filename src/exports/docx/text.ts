import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';

/** Units of the DOCX: twips (1/20 pt, 1/1440 inch); font sizes in half-points. */
export const mm = (value: number) => Math.round((value * 1440) / 25.4);
export const pt = (size: number) => size * 2;

export const FONT = 'Times New Roman';

/** A4 in twips and the Decree 30 margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const A4 = { width: 11906, height: 16838 };
export const MARGINS = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
};
export const PORTRAIT_TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGINS.left - MARGINS.right;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/** Runs of a text whose `*…*` spans are italic (the model's one inline markup). */
export function runs(text: string, style: TextStyle = {}): TextRun[] {
  const out: TextRun[] = [];
  const parts = text.split(/(\*[^*]+\*)/u);
  for (const part of parts) {
    if (part === '') continue;
    const italic = part.length > 2 && part.startsWith('*') && part.endsWith('*');
    out.push(
      new TextRun({
        text: italic ? part.slice(1, -1) : part,
        font: FONT,
        size: pt(style.size ?? 14),
        bold: style.bold,
        italics: italic ? !style.italics : style.italics,
      }),
    );
  }
  return out;
}

export interface LineOptions extends TextStyle {
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  before?: number;
  after?: number;
  keepNext?: boolean;
  indent?: { left?: number; right?: number; firstLine?: number; hanging?: number };
}

/** A paragraph of one style, single spaced unless told. */
export function line(text: string, options: LineOptions = {}): Paragraph {
  return new Paragraph({
    children: runs(text, options),
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: {
      before: options.before ?? 0,
      after: options.after ?? 0,
      line: 240,
      lineRule: LineRuleType.AUTO,
    },
    keepNext: options.keepNext,
    indent: options.indent,
  });
}

/** Decree 30 body text: 14 pt, justified, first line indented 1,27 cm, 6 pt after, 1,15 line spacing. */
export function bodyParagraph(text: string, options: { bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: runs(text, { size: 14, bold: options.bold }),
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO },
    keepNext: options.keepNext,
  });
}

/**
 * A horizontal rule of a real width, centred in a space `available` wide: an empty paragraph 2 pt
 * high whose bottom border is shortened by equal indents (Decree 30: the rules under the issuing
 * body, the motto and the summary have set lengths; inside a table cell `available` is the cell's
 * own width, VN-REFERENCE's trap).
 */
export function rule(width: number, available: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((available - width) / 2));
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 40, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

/**
 * The width a line of text takes, estimated from its length: bold capitals of Times New Roman
 * average about 0,68 em, mixed case about 0,5 em. Enough to size a rule to ⅓–½ of a line.
 */
export function estimatedWidth(text: string, size: number): number {
  const upper = text === text.toLocaleUpperCase('vi');
  return Math.round(text.length * size * 20 * (upper ? 0.68 : 0.5));
}

/** "- X;" lines, the last ending with "." (Decree 30: Kính gửi and Nơi nhận lists). */
export function listLines(items: readonly string[]): string[] {
  return items.map(
    (item, i) => `- ${item.trim().replace(/[;.]+$/u, '')}${i === items.length - 1 ? '.' : ';'}`,
  );
}
