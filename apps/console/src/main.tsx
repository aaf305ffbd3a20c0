import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './console.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ConfigProvider
        locale={zhCN}
        theme={{
          // Secondary and hint text darker than Ant Design's default, for a contrast of at least 4.5:1 (WCAG 2.2 AA).
          token: {
            colorPrimary: '#b71c1c',
            colorLink: '#0b57d0',
            fontSize: 15,
            colorTextSecondary: 'rgba(0,0,0,0.68)',
            colorTextDescription: 'rgba(0,0,0,0.68)',
            colorTextTertiary: 'rgba(0,0,0,0.68)',
            colorTextPlaceholder: 'rgba(0,0,0,0.62)',
          },
          // A field's error message in Ant's default red (#ff4d4f, 3.3:1 on white) is too light to read; the tags' darker red.
          components: { Form: { colorError: '#a8071a' } },
        }}
      >
        <AntApp>
          <App />
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}
