import { useTranslation } from 'react-i18next';
import type { DataMessageRecord } from '../../../common/domain/databox';
import { deliveryLines } from './deliveryText';

/** A sent message's delivery, step by step, in words (the colour only repeats what the words say). */
export function DeliveryStatus({ message, now }: { message: DataMessageRecord; now: Date }) {
  const { t } = useTranslation();
  const lines = deliveryLines(t, message, now);
  return (
    <ul className="databox-delivery" data-testid="databox-delivery">
      {lines.map((line) => (
        <li
          key={line.key}
          className={`databox-delivery__line databox-delivery__line--${line.tone}`}
          data-step={line.key}
        >
          {line.text}
        </li>
      ))}
    </ul>
  );
}
