import { useState } from 'react';
import { errorMessage } from '../services/errors';
import { openReportFile } from '../services/report-file';

/** The open/download button's state for one report: busy while it runs, what happened, or why it failed. */
export function useReportFile(number: string) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const open = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const how = await openReportFile(number);
      setNote(how === 'saved' ? `已下载“${number}.pdf”。` : null);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return { open, busy, note, problem };
}
