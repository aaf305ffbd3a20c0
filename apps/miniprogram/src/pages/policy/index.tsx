import { View } from '@tarojs/components';
import { ComingSoon } from '../../components/coming-soon';
import './index.scss';

export default function PolicyPage() {
  return (
    <View className="xy-page xy-policy">
      <ComingSoon
        title="政策解读"
        items={['用通俗的话解释信用政策', '失信信息公示多久、怎样修复', '“信易+”的依据和办理方法', '政策原文']}
      />
    </View>
  );
}
