/** WeChat has no official export; these are the four exporters' formats we read (formats-and-anchors §B2). */
export { wechatMsgCsv, parseWeChatMsgCsv } from './memotrace';
export { pywxdumpCsv, parsePyWxDumpCsv } from './pywxdump';
export { wechatExporterTxt, parseWechatExporterTxt } from './exporter-txt';
export { weflowJson, parseWeFlowJson } from './weflow';
export { kindForType, kindForLabel } from './kinds';
export { readCsv, type CsvRow, type CsvResult } from './csv';
