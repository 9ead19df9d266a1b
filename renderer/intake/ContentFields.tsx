import { useTranslation } from 'react-i18next';
import { attachmentKinds, SUBJECT_MAX, type AttachmentKind } from '../../common/domain/document';
import { Field } from '../ui/Field';
import { useFieldError } from './fieldErrors';
import type { IntakeForm } from './formState';
import { parseCount } from './parseCount';

interface Props {
  form: IntakeForm;
  onChange: (patch: Partial<IntakeForm>) => void;
}

/** Pasted line breaks become spaces: the subject is one line in the journal. */
const oneLine = (text: string) => text.replace(/\r?\n|\r/g, ' ');

/** The count shows once the subject nears its limit, not before: it would only distract. */
const COUNT_FROM = SUBJECT_MAX - 55;

function subjectHint(
  t: ReturnType<typeof useTranslation>['t'],
  length: number,
): string | undefined {
  if (length < COUNT_FROM) return undefined;
  // With the whole catalog typed, resolving the plural forms of these two keys through
  // i18next's types goes deeper than TypeScript allows; the keys stay checked here.
  const plural = t as unknown as (
    key: 'intake.fields.subjectCount' | 'intake.fields.subjectOver',
    options: Record<string, number>,
  ) => string;
  if (length <= SUBJECT_MAX)
    return plural('intake.fields.subjectCount', { count: length, max: SUBJECT_MAX });
  return plural('intake.fields.subjectOver', {
    count: length,
    max: SUBJECT_MAX,
    over: length - SUBJECT_MAX,
  });
}

/** What the document is about and how much paper came with it. */
export function ContentFields({ form, onChange }: Props) {
  const { t } = useTranslation();
  const errorOf = useFieldError();
  const hasAttachments = parseCount(form.attachmentsCount) > 0;
  return (
    <fieldset>
      <legend>{t('intake.sections.content')}</legend>
      <div className="intake-grid intake-grid--4">
        <Field
          label={t('intake.fields.subject')}
          required
          hint={subjectHint(t, form.subject.trim().length)}
          error={errorOf('subject')}
          className={
            form.subject.trim().length > SUBJECT_MAX ? 'intake-span-4 intake-over' : 'intake-span-4'
          }
        >
          <textarea
            className="textarea intake-subject"
            data-field="subject"
            rows={2}
            value={form.subject}
            onKeyDown={(event) => {
              // The subject is one line of the journal: Enter adds no line break (Ctrl+Enter still saves).
              if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) event.preventDefault();
            }}
            onChange={(event) => onChange({ subject: oneLine(event.target.value) })}
          />
        </Field>
        <Field label={t('intake.fields.sheets')} required error={errorOf('sheets')}>
          <input
            className="input intake-number"
            data-field="sheets"
            inputMode="numeric"
            autoComplete="off"
            value={form.sheets}
            onChange={(event) => onChange({ sheets: event.target.value })}
          />
        </Field>
        <Field
          label={t('intake.fields.attachmentsCount')}
          required
          error={errorOf('attachments.count')}
        >
          <input
            className="input intake-number"
            data-field="attachments.count"
            inputMode="numeric"
            autoComplete="off"
            value={form.attachmentsCount}
            onChange={(event) => onChange({ attachmentsCount: event.target.value })}
          />
        </Field>
        {hasAttachments ? (
          <Field
            label={t('intake.fields.attachmentsKind')}
            error={errorOf('attachments.kind')}
            className="intake-span-2"
          >
            <select
              className="select"
              data-field="attachments.kind"
              value={form.attachmentsKind}
              onChange={(event) =>
                onChange({ attachmentsKind: event.target.value as AttachmentKind })
              }
            >
              {attachmentKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`common.enums.attachmentKind.${kind}`)}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        {hasAttachments ? (
          <Field
            label={t('intake.fields.attachmentsDescription')}
            hint={t('intake.fields.attachmentsDescriptionHint')}
            error={errorOf('attachments.description')}
            className="intake-span-4"
          >
            <input
              className="input"
              data-field="attachments.description"
              autoComplete="off"
              value={form.attachmentsDescription}
              onChange={(event) => onChange({ attachmentsDescription: event.target.value })}
            />
          </Field>
        ) : null}
        <Field label={t('intake.fields.note')} error={errorOf('note')} className="intake-span-4">
          <textarea
            className="textarea"
            data-field="note"
            rows={2}
            value={form.note}
            onChange={(event) => onChange({ note: event.target.value })}
          />
        </Field>
      </div>
    </fieldset>
  );
}
