/**
 * The few words of the page shown when the storefront's shell cannot render: most often the
 * database is unreachable, else a fault (`fault*`). A catalog of its own: that boundary sits
 * above the language provider and ships with every page, so it carries these strings only, in
 * every language.
 */
export const unavailableMessages = {
  en: {
    title: 'The shop is briefly unavailable',
    body: 'We could not reach our systems. Your bag is safe; please try again in a moment.',
    retry: 'Try again',
    faultTitle: 'Something went wrong',
    faultBody: 'Please try again in a moment.',
  },
  ko: {
    title: '잠시 쇼핑을 이용할 수 없습니다',
    body: '시스템에 연결하지 못했습니다. 장바구니는 안전합니다. 잠시 후 다시 시도해 주세요.',
    retry: '다시 시도',
    faultTitle: '문제가 발생했습니다',
    faultBody: '잠시 후 다시 시도해 주세요.',
  },
  ja: {
    title: 'ただいまショップをご利用いただけません',
    body: 'システムに接続できませんでした。カートの中身はそのまま残っています。しばらくしてからもう一度お試しください。',
    retry: 'もう一度試す',
    faultTitle: 'エラーが発生しました',
    faultBody: 'しばらくしてからもう一度お試しください。',
  },
} as const;
