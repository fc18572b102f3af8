import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, List, Popover, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api.js';
import { formatInstant } from './show.js';
import type { Notice, NoticeList } from './types.js';
import { useWords } from './words.js';

const POLL_MS = 60_000;

/** The header's bell: the user's notices (reminders, late and missing lists), unread count, mark read. */
export function NotificationBell() {
  const { w } = useWords();
  const navigate = useNavigate();
  const [list, setList] = useState<NoticeList | null>(null);
  const [open, setOpen] = useState(false);

  const load = useCallback(() => {
    api<NoticeList>('/notifications?limit=20')
      .then(setList)
      .catch(() => undefined); // the bell is a convenience: a failed poll just waits for the next one
  }, []);

  useEffect(() => {
    load();
    const timer = window.setInterval(load, POLL_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  const read = async (notice: Notice) => {
    if (!notice.readAt)
      await api(`/notifications/${notice.id}/read`, { method: 'POST' }).catch(() => undefined);
    setOpen(false);
    load();
    if (notice.link) navigate(notice.link);
  };
  const readAll = async () => {
    await api('/notifications/read-all', { method: 'POST' }).catch(() => undefined);
    load();
  };

  const content = (
    <div style={{ width: 360, maxWidth: '80vw' }} data-testid="notifications">
      <List<Notice>
        size="small"
        dataSource={list?.items ?? []}
        locale={{ emptyText: w('bell.empty') }}
        style={{ maxHeight: 420, overflowY: 'auto' }}
        renderItem={(notice) => (
          <List.Item
            onClick={() => void read(notice)}
            style={{ cursor: 'pointer', background: notice.readAt ? undefined : '#e6f4ff', paddingInline: 8 }}
          >
            <List.Item.Meta
              title={<span style={{ fontWeight: notice.readAt ? 400 : 600 }}>{notice.title}</span>}
              description={
                <>
                  <Typography.Paragraph
                    type="secondary"
                    ellipsis={{ rows: 3, tooltip: notice.body }}
                    style={{ whiteSpace: 'pre-line', marginBottom: 2, fontSize: 13 }}
                  >
                    {notice.body}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatInstant(notice.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      {(list?.unread ?? 0) > 0 && (
        <Button type="link" size="small" onClick={() => void readAll()}>
          {w('bell.markAll')}
        </Button>
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={
        list && list.unread > 0
          ? `${w('bell.title')} · ${w('bell.unread', { count: list.unread })}`
          : w('bell.title')
      }
      content={content}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) load();
      }}
    >
      <Badge count={list?.unread ?? 0} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />}
          aria-label={w('bell.title')}
          data-testid="bell"
        />
      </Badge>
    </Popover>
  );
}
