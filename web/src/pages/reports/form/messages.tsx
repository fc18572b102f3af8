import { Typography } from 'antd';
import type { Lang } from '../../../i18n.js';
import type { Issue } from '../types.js';
import { useWords } from '../words.js';

/**
 * The shared validator's messages (reporting/validate.ts) under the field they are about. They
 * start with the indicator or task ('Chỉ tiêu T26-01 "…": '), which the card already shows: under
 * the field only the rest is written; in a list of issues the whole message is.
 */
export function issueText(issue: Issue, lang: Lang): string {
  if (lang === 'en') {
    const i = issue.messageEn.indexOf(': ');
    return i >= 0 ? issue.messageEn.slice(i + 2) : issue.messageEn;
  }
  const i = issue.message.indexOf('": ');
  return i >= 0 ? issue.message.slice(i + 3) : issue.message;
}

export function fullIssueText(issue: Issue, lang: Lang): string {
  return lang === 'en' ? issue.messageEn : issue.message;
}

export function FieldMessages({ issues }: { issues: readonly Issue[] }) {
  const { lang } = useWords();
  if (issues.length === 0) return null;
  return (
    <div data-testid="field-messages">
      {issues.map((issue) => (
        <div key={`${issue.path}|${issue.code}`}>
          <Typography.Text type="danger" style={{ fontSize: 13 }}>
            {issueText(issue, lang)}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
