import Taro from '@tarojs/taro';

/**
 * WeChat has no downloads folder: a file is kept by sending it to a chat (文件传输助手, or any other) with
 * shareFileMessage. The file is written to the app's own storage only for that moment and removed afterwards.
 * Where sharing a file is not possible (some desktop versions), the text goes to the clipboard instead.
 */
export async function shareTextFile(name: string, text: string): Promise<'shared' | 'copied'> {
  const env = (Taro as unknown as { env?: { USER_DATA_PATH?: string } }).env;
  const fs = Taro.getFileSystemManager?.();
  const share = (Taro as unknown as { shareFileMessage?: (o: { filePath: string; fileName: string }) => Promise<unknown> })
    .shareFileMessage;
  if (!env?.USER_DATA_PATH || !fs || !share) {
    await Taro.setClipboardData({ data: text });
    return 'copied';
  }
  const path = `${env.USER_DATA_PATH}/${name}`;
  fs.writeFileSync(path, text, 'utf8');
  try {
    await share({ filePath: path, fileName: name });
    return 'shared';
  } finally {
    try {
      fs.unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
}

// WeChat hands every file of the app its own `wx`; it is not a property of globalThis in every base library, so it
// is read by that name, as WeChat provides it, and only in the weapp build.
declare const wx: unknown;

/** WeChat's wx, for the few APIs Taro does not wrap (privacy authorisation, face verification); null in h5. */
export function wechat<Api extends object>(): Api | null {
  return process.env.TARO_ENV === 'weapp' && typeof wx !== 'undefined' ? (wx as Api) : null;
}
