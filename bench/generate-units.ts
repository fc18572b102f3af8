import { writeFile } from 'node:fs/promises';
import { BENCH_UNITS } from './generate-dossiers.js';

/** The benchmark's organisation tree: the province, its 20 departments and 84 communes (bench/generate-dossiers.ts). */
export async function generateUnits(file: string): Promise<void> {
  const lines = ['unit_code,name,kind,parent_code'];
  for (const code of BENCH_UNITS) {
    if (code === 'TINH') lines.push('TINH,Tỉnh thử nghiệm,province,');
    else if (code.startsWith('SO')) lines.push(`${code},Sở ${code.slice(2)},department,TINH`);
    else lines.push(`${code},Xã ${code.slice(2)},commune,TINH`);
  }
  await writeFile(file, `${lines.join('\n')}\n`);
}
