import { Tag, Tooltip, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { BUILTIN_BY_CODE } from '../../../../src/results/builtins.js';
import { useUnits } from '../../state/data.js';
import { buildUnitTree, type UnitNode } from '../unit-tree.js';
import type { Flag, Status } from './types.js';
import { useWords } from './words.js';

/** Small pieces shared by the data pages: status and flag tags, the unit picker, indicator names. */

const STATUS_COLOUR: Record<Status, string> = { dat: 'green', chua_dat: 'red', chua_danh_gia: 'default' };

export function StatusTag({ status }: { status: Status }) {
  const { w } = useWords();
  return (
    <Tag color={STATUS_COLOUR[status]} data-status={status}>
      {w(`status.${status}`)}
    </Tag>
  );
}

export function FlagTags({ flags }: { flags: readonly Flag[] }) {
  const { w, lang } = useWords();
  return (
    <>
      {flags.map((flag) => (
        <Tooltip key={flag.code} title={lang === 'en' ? flag.messageEn : flag.message}>
          <Tag
            color={flag.code === 'outlier' ? 'gold' : 'orange'}
            data-flag={flag.code}
            style={{ cursor: 'help' }}
          >
            {w(`flag.${flag.code}`)}
          </Tag>
        </Tooltip>
      ))}
    </>
  );
}

export function indicatorName(code: string): string {
  return BUILTIN_BY_CODE.get(code)?.name ?? code;
}

export function UnitPicker({
  value,
  onChange,
  allowClear = true,
}: {
  value?: string;
  onChange: (code: string | undefined) => void;
  allowClear?: boolean;
}) {
  const { w } = useWords();
  const { directory } = useUnits();
  const tree = useMemo(() => toTree(buildUnitTree(directory?.units ?? [])), [directory]);
  return (
    <TreeSelect
      data-testid="unit-picker"
      showSearch
      allowClear={allowClear}
      treeNodeFilterProp="title"
      placeholder={w('results.allUnits')}
      style={{ minWidth: 300 }}
      value={value}
      onChange={(code: string | undefined) => onChange(code ?? undefined)}
      treeData={tree}
      treeDefaultExpandedKeys={tree.map((n) => n.value)}
    />
  );
}

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

function toTree(nodes: readonly UnitNode[]): TreeOption[] {
  return nodes.map((n) => ({ value: n.unit.code, title: n.unit.name, children: toTree(n.children) }));
}

export function useUnitName(): (code: string) => string {
  const { directory } = useUnits();
  return (code) => directory?.name(code) ?? code;
}
