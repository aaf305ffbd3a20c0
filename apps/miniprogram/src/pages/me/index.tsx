import { View } from '@tarojs/components';
import { ComingSoon } from '../../components/coming-soon';
import './index.scss';

// No personal data is collected until identity verification and WeChat privacy consent exist.
export default function MePage() {
  return (
    <View className="xy-page xy-me">
      <ComingSoon
        title="我的信用"
        items={['核验身份后，查看自己的信用记录', '查看谁查询过您的信息', '对有误的记录提出异议', '申请信用修复，查看办理进度']}
      />
    </View>
  );
}
