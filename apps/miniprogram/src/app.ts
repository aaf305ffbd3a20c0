import type { PropsWithChildren } from 'react';
import { makePageScrollersFocusable } from './platform/h5';
import './app.scss';

if (process.env.TARO_ENV === 'h5') makePageScrollersFocusable();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
