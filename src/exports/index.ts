/** Official report exports (SPEC §8): model, narrative drafting, XLSX appendices, Decree-30 DOCX. */
export * from './build.js';
export { renderReportDocx } from './docx/render.js';
export * from './model.js';
export * from './narrative.js';
export * from './tables.js';
export { renderAppendicesXlsx } from './xlsx.js';
