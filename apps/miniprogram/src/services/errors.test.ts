import { ApiError, ConnectionError, TimeoutError } from '@xinyong/api-client';
import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';

describe('errorMessage', () => {
  it('shows the message the client prepared', () => {
    expect(errorMessage(new ConnectionError())).toBe('网络连接失败，请检查网络后重试');
    expect(errorMessage(new TimeoutError())).toBe('服务器响应超时，请稍后重试');
    expect(errorMessage(new ApiError(400, 'INVALID_CATEGORY', '类别不存在，请重新选择', 'req-1'))).toBe('类别不存在，请重新选择');
  });

  it('never shows raw errors from elsewhere', () => {
    expect(errorMessage(new Error('TypeError: x is undefined'))).toBe('发生了意外错误，请稍后重试');
    expect(errorMessage('boom')).toBe('发生了意外错误，请稍后重试');
  });
});
