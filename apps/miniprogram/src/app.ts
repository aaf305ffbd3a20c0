import type { PropsWithChildren } from 'react';
import { makePageScrollersFocusable } from './platform/h5';
import { trackAppVisibility } from './services/personal';
import { listenForPrivacyPrompts } from './services/privacy';
import './app.scss';

if (process.env.TARO_ENV === 'h5') makePageScrollersFocusable();
listenForPrivacyPrompts();
trackAppVisibility();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
