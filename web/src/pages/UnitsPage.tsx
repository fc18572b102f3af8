import { SearchOutlined } from '@ant-design/icons';
import { Card, Empty, Input, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree/index.js';
import { useMemo, useState } from 'react';
import { LoadError } from '../components/LoadError.js';
import { PageSpinner } from '../components/PageSpinner.js';
import { formatCount } from '../format.js';
import type { Lang } from '../i18n.js';
import { unitKindLabel } from '../labels.js';
import { useUnits } from '../state/data.js';
import { useI18n } from '../state/language.js';
import { buildUnitTree, countUnits, filterUnitTree, type UnitNode } from './unit-tree.js';

const KIND_COLOUR: Record<string, string> = {
  province: 'red',
  department: 'blue',
  agency: 'geekblue',
  division: 'default',
  ward: 'green',
  commune: 'cyan',
};

/** The organisation tree with each unit's kind; search by name with or without diacritics. */
export function UnitsPage() {
  const { t, lang } = useI18n();
  const { directory, error } = useUnits();
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState<string[] | null>(null);
  const tree = useMemo(() => buildUnitTree(directory?.units ?? []), [directory]);
  const found = useMemo(() => filterUnitTree(tree, query), [tree, query]);

  if (error) return <LoadError error={error} />;
  if (!directory) return <PageSpinner />;

  const searching = query.trim() !== '';
  const expandedKeys = searching ? found.expanded : (opened ?? tree.map((root) => root.unit.code));
  const matches = new Set(found.matches);

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('units.title')}
        </Typography.Title>
      }
      extra={
        <Typography.Text type="secondary">
          {t('units.count', { count: formatCount(countUnits(tree)) })}
        </Typography.Text>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('units.search')}
          aria-label={t('units.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          style={{ maxWidth: 480 }}
          data-testid="units-search"
        />
        {searching && (
          <Typography.Text type="secondary">
            {t('units.matches', { count: formatCount(found.matches.length) })}
          </Typography.Text>
        )}
        {found.roots.length === 0 ? (
          <Empty description={t('units.noMatch')} />
        ) : (
          <Tree
            showLine
            blockNode
            selectable={false}
            treeData={toTreeData(found.roots, lang, matches)}
            expandedKeys={expandedKeys}
            onExpand={(keys) => !searching && setOpened(keys.map(String))}
            data-testid="units-tree"
          />
        )}
      </Space>
    </Card>
  );
}

function toTreeData(nodes: readonly UnitNode[], lang: Lang, matches: ReadonlySet<string>): DataNode[] {
  return nodes.map((node) => ({
    key: node.unit.code,
    title: (
      <span data-unit={node.unit.code}>
        <span style={matches.has(node.unit.code) ? { fontWeight: 600, background: '#fff1b8' } : undefined}>
          {node.unit.name}
        </span>{' '}
        <Tag color={KIND_COLOUR[node.unit.kind] ?? 'default'} style={{ marginInlineStart: 4 }}>
          {unitKindLabel(node.unit.kind, lang)}
        </Tag>{' '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {node.unit.code}
        </Typography.Text>
      </span>
    ),
    children: toTreeData(node.children, lang, matches),
  }));
}
