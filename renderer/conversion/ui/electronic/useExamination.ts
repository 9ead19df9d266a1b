import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../../../common/contract/api';
import type { ElectronicInputExamination } from '../../../../common/contract/conversion';
import { useServices } from '../../../app/services';
import type { ComponentRecord } from '../../../db/schema';
import { errorText } from '../../../i18n';
import { useKeyedTask } from '../../../ui/useKeyedTask';
import type { ExaminationState } from './ElectronicToPaperBody';

/** Main verifies the file's signature or seal and timestamp, as the § 25(2) clause states them. */
export async function examineComponent(
  api: Pick<Api, 'conversion.examineElectronic'>,
  component: ComponentRecord,
): Promise<ElectronicInputExamination> {
  const pdf = new Uint8Array(await component.blob.arrayBuffer());
  return api['conversion.examineElectronic']({ pdf });
}

/**
 * The chosen file's verification, asked for when the choice changes (by id and content,
 * not by the Blob a live query renews); `retry` asks again after a failure.
 */
export function useExamination(component: ComponentRecord | null): {
  state: ExaminationState | null;
  retry: () => void;
} {
  const { t } = useTranslation();
  const { api } = useServices();
  const key = component ? `${component.id}:${component.sha256}` : null;
  const [attempt, setAttempt] = useState(0);
  // The key stands for the component; `attempt` asks again.
  const task = useKeyedTask(key === null ? null : `${key}#${attempt}`, () =>
    component ? examineComponent(api, component) : Promise.reject(new Error('no file')),
  );
  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  if (key === null) return { state: null, retry };
  if (task.status === 'pending') return { state: { status: 'working' }, retry };
  if (task.status === 'failed')
    return { state: { status: 'failed', failure: errorText(t, task.error) }, retry };
  return { state: { status: 'done', examination: task.value }, retry };
}
