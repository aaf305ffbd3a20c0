import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ActionButton } from '../../components/action-button';
import { ComingSoon } from '../../components/coming-soon';
import './index.scss';

export default function HomePage() {
  return (
    <View className="xy-page xy-home">
      <View className="xy-home__hero">
        <Text className="xy-home__title">信用山东</Text>
        <Text className="xy-home__lead">在这里，您可以：</Text>
        <Text className="xy-home__point">· 查询企业的公共信用信息</Text>
        <Text className="xy-home__point">· 了解守信可以享受的“信易+”便利</Text>
        <Text className="xy-home__point">· 查看自己的信用记录，申请信用修复</Text>
      </View>

      <View className="xy-home__card">
        <Text className="xy-home__card-title">信易+</Text>
        <Text className="xy-home__card-text">看看信用良好的企业和个人可以享受哪些便利。</Text>
        <ActionButton onClick={() => void Taro.switchTab({ url: '/pages/benefits/index' })}>查看信易+</ActionButton>
      </View>

      <ComingSoon title="查企业信用" items={['按企业名称或统一社会信用代码查询', '查看行政许可、行政处罚等公示信息']} />
    </View>
  );
}
