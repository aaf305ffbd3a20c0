import Taro from '@tarojs/taro';
import { saveBlob } from '../platform/h5';
import { api } from './api';

/** Why a download failed: the server's own sentence when it gave one (a file past its retention period, 410). */
function refusal(status: number, message?: string): string {
  if (message) return message;
  if (status === 404) return '没有找到这份报告，或您不是它的申请人。';
  if (status === 410) return '这份报告的原件已超过保存期，已经删除。需要报告文件的，请重新申请一份。';
  return '报告下载失败，请稍后重试。';
}

/**
 * The signed PDF of a report, opened the way each runtime can: WeChat downloads it into the app's temporary files
 * and opens it in its document viewer (whose menu forwards it to a chat); h5 saves it as a file. Either way the
 * file comes with the session's header and never through a URL with a token in it.
 */
export async function openReportFile(number: string): Promise<'opened' | 'saved'> {
  const target = api.reports.downloadTarget(number);
  if (process.env.TARO_ENV === 'h5') {
    const res = await fetch(target.url, { headers: target.header });
    if (!res.ok) throw new Error(refusal(res.status, ((await res.json().catch(() => null)) as { message?: string } | null)?.message));
    saveBlob(`${number}.pdf`, await res.blob());
    return 'saved';
  }
  const file = await Taro.downloadFile({ url: target.url, header: target.header });
  if (file.statusCode !== 200) throw new Error(refusal(file.statusCode));
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf', showMenu: true });
  return 'opened';
}
