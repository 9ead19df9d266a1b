import { useTranslation } from 'react-i18next';
import { directions, type Direction } from '../../common/domain/document';

interface Props {
  value: Direction;
  onChange: (direction: Direction) => void;
}

/** Incoming or own document: a radio group drawn as two tabs-like buttons. */
export function DirectionSwitch({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="direction-switch">
      <legend className="visually-hidden">{t('intake.direction.legend')}</legend>
      {directions.map((direction) => (
        <label
          key={direction}
          className={
            direction === value
              ? 'direction-switch__option direction-switch__option--on'
              : 'direction-switch__option'
          }
        >
          <input
            type="radio"
            name="intake-direction"
            value={direction}
            checked={direction === value}
            onChange={() => onChange(direction)}
          />
          {t(`intake.direction.${direction}`)}
        </label>
      ))}
    </fieldset>
  );
}
