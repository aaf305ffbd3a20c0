import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { validateResidentId } from '@xinyong/api-client';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { TextField } from '../../components/field';
import { ErrorBox } from '../../components/load-view';
import { Screen } from '../../components/screen';
import { wechat } from '../../platform/weapp';
import { api } from '../../services/api';
import { errorMessage } from '../../services/errors';
import { returnAfterLogin } from '../../services/navigation';
import { ME_TAB, markLoggedIn, session } from '../../services/session';
import { useStore } from '../../services/store';

const inWeChat = process.env.TARO_ENV === 'weapp';

interface FacialResult {
  verifyResult?: string;
}

/** WeChat's face verification gives the ticket the API checks with the real-name service. Taro has no wrapper. */
function faceVerify(name: string, idNumber: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const wx = wechat<{ startFacialRecognitionVerify?: (o: object) => void }>();
    if (!wx?.startFacialRecognitionVerify) {
      reject(new Error('unsupported'));
      return;
    }
    wx.startFacialRecognitionVerify({
      name,
      idCardNumber: idNumber,
      checkAliveType: 2,
      success: (res: FacialResult) => (res.verifyResult ? resolve(res.verifyResult) : reject(new Error('no ticket'))),
      fail: () => reject(new Error('cancelled')),
    });
  });
}

export default function VerifyPage() {
  const { status } = useStore(session);
  // Name and ID number live in this page's state only, and are cleared as soon as they are sent.
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; error?: unknown } | null>(null);
  // China's date from the instant, by the rule: a birth today counts as today before 08:00 too.
  const idCheck = idNumber.length >= 18 ? validateResidentId(idNumber.trim().toUpperCase(), { today: new Date(), mode: 'user' }) : null;
  const idProblem = idCheck && !idCheck.ok ? idCheck.message : null;
  const canSubmit = inWeChat && name.trim().length > 0 && idCheck?.ok === true && !busy;

  const submit = async () => {
    if (!canSubmit) return;
    setBusy(true);
    setError(null);
    try {
      const ticket = await faceVerify(name.trim(), idNumber.trim().toUpperCase());
      const result = await api.auth.verify({ name: name.trim(), idNumber: idNumber.trim().toUpperCase(), ticket });
      setName('');
      setIdNumber('');
      markLoggedIn(result.verified);
      await Taro.switchTab({ url: ME_TAB });
      if (result.verified) returnAfterLogin();
    } catch (e) {
      const message =
        e instanceof Error && ['cancelled', 'no ticket', 'unsupported'].includes(e.message)
          ? '人脸核验没有完成，请重试。'
          : errorMessage(e);
      setError({ message, error: e });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen personal>
      <View className="xy-intro">
        <Text className="xy-title">实名认证</Text>
        <Text className="xy-lead">为确认是您本人，需要核验一次姓名和身份证号，并做一次人脸核验。</Text>
      </View>
      {!inWeChat ? (
        <View className="xy-notice" role="status">
          <Text>实名认证需要微信的人脸核验，只能在“信用山东”微信小程序中完成。在浏览器中，请回到“我的信用”用示例身份体验。</Text>
        </View>
      ) : null}
      {status === 'anonymous' ? (
        <View className="xy-notice">
          <Text>请先在“我的信用”登录。</Text>
        </View>
      ) : null}
      <View className="xy-card">
        <TextField label="姓名" value={name} onChange={setName} maxlength={30} disabled={!inWeChat || busy} />
        <TextField
          label="身份证号"
          type="idcard"
          value={idNumber}
          onChange={setIdNumber}
          maxlength={18}
          disabled={!inWeChat || busy}
          error={idProblem}
          hint="只用于核验，加密保存；页面上只显示遮挡后的号码"
        />
        <View className="xy-actions">
          <ActionButton busy={busy} disabled={!canSubmit} onClick={() => void submit()}>
            开始核验
          </ActionButton>
        </View>
      </View>
      {error ? <ErrorBox message={error.message} error={error.error} /> : null}
    </Screen>
  );
}
