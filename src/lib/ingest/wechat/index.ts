/** WeChat has no official export; these are the four exporters' formats we read (formats-and-anchors §B2). */
import type { FormatParser } from '../format';
import { wechatExporterTxt } from './exporter-txt';
import { wechatMsgCsv } from './memotrace';
import { pywxdumpCsv } from './pywxdump';
import { weflowJson } from './weflow';

export { wechatMsgCsv, parseWeChatMsgCsv } from './memotrace';
export { pywxdumpCsv, parsePyWxDumpCsv } from './pywxdump';
export { wechatExporterTxt, parseWechatExporterTxt } from './exporter-txt';
export { weflowJson, parseWeFlowJson } from './weflow';
export { kindForType, kindForLabel } from './kinds';

/** The four WeChat formats, for a registry; their sniffs do not overlap, so the order does not matter. */
export const wechatFormats: readonly FormatParser[] = [wechatMsgCsv, pywxdumpCsv, wechatExporterTxt, weflowJson];
