import { CheckOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatInstant } from '../show.js';
import type { ReportView } from '../types.js';
import { useWords } from '../words.js';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'invalid' };

export type TransitionName = 'approve' | 'submit' | 'accept' | 'return' | 'amend';

/**
 * The report's buttons, each shown only when the API's `can` says the user may (the server checks
 * again): Lưu nháp, Duyệt, Gửi báo cáo (with a confirmation saying on time or late by the server's
 * clock), Tiếp nhận, Trả lại (with a required comment), and the amendment of an accepted report.
 */
export function ActionBar({
  view,
  saveState,
  busy,
  serverNow,
  onSave,
  onTransition,
}: {
  view: ReportView;
  saveState: SaveState;
  busy: boolean;
  serverNow: number | null;
  onSave: () => void;
  onTransition: (action: TransitionName, comment?: string) => Promise<boolean>;
}) {
  const { w } = useWords();
  const { modal } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState(false);
  const can = view.can;

  const confirmSubmit = () => {
    const now = serverNow ?? Date.now();
    const late = now > Date.parse(view.deadline);
    const params = {
      now: formatInstant(new Date(now).toISOString()),
      deadline: formatInstant(view.deadline),
    };
    modal.confirm({
      title: w('act.submitTitle'),
      okText: w('act.submit'),
      cancelText: w('act.cancel'),
      content: (
        <Space direction="vertical" data-testid="submit-confirm">
          <Alert
            type={late ? 'warning' : 'success'}
            showIcon
            message={w(late ? 'act.submitLate' : 'act.submitOnTime', params)}
          />
          <Typography.Text type="secondary">{w('act.submitNote')}</Typography.Text>
        </Space>
      ),
      onOk: () => onTransition('submit'),
    });
  };

  const confirmAccept = () =>
    modal.confirm({
      title: w('act.acceptTitle'),
      okText: w('act.accept'),
      cancelText: w('act.cancel'),
      content: w('act.acceptNote'),
      onOk: () => onTransition('accept'),
    });

  const sendReturn = async () => {
    if (comment.trim() === '') {
      setCommentError(true);
      return;
    }
    if (await onTransition('return', comment.trim())) {
      setReturning(false);
      setComment('');
    }
  };

  const stateText =
    saveState.kind === 'saving'
      ? w('act.saving')
      : saveState.kind === 'saved'
        ? w('act.saved', { time: formatInstant(saveState.at).slice(-5) })
        : saveState.kind === 'dirty'
          ? w('act.unsaved')
          : saveState.kind === 'invalid'
            ? w('act.invalidUnsaved')
            : '';

  return (
    <div
      style={{
        position: 'sticky',
        top: 64,
        zIndex: 5,
        background: '#fff',
        border: '1px solid #f0f0f0',
        borderRadius: 8,
        padding: '8px 12px',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 8,
        alignItems: 'center',
        boxShadow: '0 2px 6px rgba(0,0,0,0.04)',
      }}
    >
      {can.save && (
        <Button
          icon={<SaveOutlined />}
          onClick={onSave}
          loading={saveState.kind === 'saving'}
          disabled={busy}
          data-testid="save"
        >
          {w('act.save')}
        </Button>
      )}
      {can.approve && (
        <Button
          icon={<CheckOutlined />}
          onClick={() => onTransition('approve')}
          disabled={busy}
          data-testid="approve"
        >
          {w('act.approve')}
        </Button>
      )}
      {can.submit && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          onClick={confirmSubmit}
          disabled={busy}
          data-testid="submit"
        >
          {w('act.submit')}
        </Button>
      )}
      {can.accept && (
        <Button
          type="primary"
          icon={<CheckOutlined />}
          onClick={confirmAccept}
          disabled={busy}
          data-testid="accept"
        >
          {w('act.accept')}
        </Button>
      )}
      {can.return && (
        <Button
          danger
          icon={<RollbackOutlined />}
          onClick={() => setReturning(true)}
          disabled={busy}
          data-testid="return"
        >
          {w('act.return')}
        </Button>
      )}
      {can.amend && (
        <Button onClick={() => onTransition('amend')} disabled={busy} data-testid="amend">
          {w('act.amend')}
        </Button>
      )}
      <div style={{ flex: 1 }} />
      <Typography.Text
        type={saveState.kind === 'invalid' ? 'danger' : 'secondary'}
        data-testid="save-state"
        style={{ fontSize: 13 }}
      >
        {stateText}
      </Typography.Text>
      {can.save && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {w('act.shortcut')}
        </Typography.Text>
      )}
      <Modal
        open={returning}
        title={w('act.returnTitle')}
        okText={w('act.return')}
        okButtonProps={{ danger: true, disabled: busy }}
        cancelText={w('act.cancel')}
        onOk={sendReturn}
        onCancel={() => setReturning(false)}
        destroyOnHidden
      >
        <Typography.Text>
          <span style={{ color: '#ff4d4f' }}>* </span>
          {w('act.returnComment')}
        </Typography.Text>
        <Input.TextArea
          aria-label={w('act.returnComment')}
          data-testid="return-comment-input"
          autoSize={{ minRows: 3, maxRows: 8 }}
          value={comment}
          status={commentError ? 'error' : undefined}
          onChange={(e) => {
            setComment(e.target.value);
            setCommentError(false);
          }}
        />
        {commentError && <Typography.Text type="danger">{w('act.returnCommentRequired')}</Typography.Text>}
      </Modal>
    </div>
  );
}
