// The fixed rule sentences that static screens show before any answer (fees), from content/rules through the domain.
// A separate entry point: importing it pulls in a few hundred bytes of generated text, not the rule data.
export { type FeeTexts, feeTexts } from '@xinyong/domain/texts';
