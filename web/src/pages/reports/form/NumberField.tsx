import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { numberInputText, parseNumberInput } from '../show.js';
import { useWords } from '../words.js';

/**
 * A number typed as text (so that '1.234' and '12,5' read the Vietnamese way and a half-typed
 * value is not rewritten under the cursor). The parsed number goes up; what cannot be read as a
 * number stays in the field with a message, and goes up as null.
 */
export function NumberField({
  value,
  onChange,
  disabled,
  invalid,
  label,
  testId,
}: {
  value: number | null;
  onChange: (value: number | null) => void;
  disabled: boolean;
  invalid: boolean;
  label: string;
  testId: string;
}) {
  const { w } = useWords();
  const [text, setText] = useState(() => numberInputText(value));
  const [unreadable, setUnreadable] = useState(false);
  // a value changed from outside (reload, "use the extracted value") replaces the text
  const typed = useRef(text);
  typed.current = text;
  useEffect(() => {
    const parsed = parseNumberInput(typed.current);
    if (parsed.error ? value === null : parsed.value === value) return; // what the user typed: keep it
    setText(numberInputText(value));
    setUnreadable(false);
  }, [value]);
  return (
    <div style={{ minWidth: 0 }}>
      <Input
        aria-label={label}
        data-testid={testId}
        inputMode="decimal"
        value={text}
        disabled={disabled}
        status={invalid || unreadable ? 'error' : undefined}
        onChange={(event) => {
          const next = event.target.value;
          const parsed = parseNumberInput(next);
          setText(next);
          setUnreadable(parsed.error);
          onChange(parsed.value);
        }}
        style={{ width: '100%' }}
      />
      {unreadable && (
        <div className="ant-form-item-explain-error" style={{ color: '#ff4d4f', fontSize: 13 }}>
          {w('form.notANumber')}
        </div>
      )}
    </div>
  );
}
