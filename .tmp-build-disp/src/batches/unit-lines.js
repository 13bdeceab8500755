"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UnitLinesToCopy = exports.UnitLineError = void 0;
exports.checkUnit = checkUnit;
exports.parseNdjsonLine = parseNdjsonLine;
exports.splitCsvRecord = splitCsvRecord;
exports.parseCsvHeader = parseCsvHeader;
exports.parseCsvLine = parseCsvLine;
exports.copyRow = copyRow;
const node_stream_1 = require("node:stream");
const node_string_decoder_1 = require("node:string_decoder");
const serial_1 = require("../common/serial");
const unit_kind_1 = require("./unit-kind");
class UnitLineError extends Error {
    line;
    field;
    problem;
    constructor(line, field, problem) {
        super(`line ${line}, ${field}: ${problem}`);
        this.line = line;
        this.field = field;
        this.problem = problem;
    }
}
exports.UnitLineError = UnitLineError;
/** Checks one decoded unit; throws UnitLineError. */
function checkUnit(line, raw) {
    const serialErr = (0, serial_1.serialProblem)(raw.serial);
    if (serialErr)
        throw new UnitLineError(line, 'serial', serialErr);
    if (!(0, unit_kind_1.isUnitKind)(raw.kind))
        throw new UnitLineError(line, 'kind', `must be CELL, MODULE or PACK, got ${JSON.stringify(raw.kind ?? null)}`);
    let parentSerial = null;
    if (raw.parentSerial !== undefined && raw.parentSerial !== null && raw.parentSerial !== '') {
        const parentErr = (0, serial_1.serialProblem)(raw.parentSerial);
        if (parentErr)
            throw new UnitLineError(line, 'parentSerial', parentErr);
        parentSerial = raw.parentSerial;
        if (parentSerial === raw.serial)
            throw new UnitLineError(line, 'parentSerial', 'a unit cannot be its own parent');
        if (raw.kind === 'PACK')
            throw new UnitLineError(line, 'parentSerial', (0, unit_kind_1.nestingProblem)('PACK', 'PACK'));
    }
    return { serial: raw.serial, kind: raw.kind, parentSerial };
}
function parseNdjsonLine(line, text) {
    let obj;
    try {
        obj = JSON.parse(text);
    }
    catch {
        throw new UnitLineError(line, 'json', 'is not valid JSON');
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
        throw new UnitLineError(line, 'json', 'must be a JSON object');
    return checkUnit(line, obj);
}
/** Splits one CSV record (no embedded newlines: serials cannot hold control characters). */
function splitCsvRecord(text) {
    const out = [];
    let i = 0;
    for (;;) {
        if (text[i] === '"') {
            let v = '';
            i++;
            for (;;) {
                const q = text.indexOf('"', i);
                if (q < 0)
                    throw new Error('unterminated quoted field');
                v += text.slice(i, q);
                if (text[q + 1] === '"') {
                    v += '"';
                    i = q + 2;
                }
                else {
                    i = q + 1;
                    break;
                }
            }
            out.push(v);
            if (i >= text.length)
                return out;
            if (text[i] !== ',')
                throw new Error('expected a comma after a quoted field');
            i++;
        }
        else {
            const c = text.indexOf(',', i);
            if (c < 0) {
                out.push(text.slice(i));
                return out;
            }
            out.push(text.slice(i, c));
            i = c + 1;
        }
    }
}
const CSV_COLUMNS = ['serial', 'kind', 'parentSerial'];
function parseCsvHeader(text) {
    const names = splitCsvRecord(text).map((n) => n.trim());
    const idx = (n) => names.indexOf(n);
    for (const required of ['serial', 'kind']) {
        if (idx(required) < 0)
            throw new UnitLineError(1, 'header', `must name the columns ${CSV_COLUMNS.join(',')}; "${required}" is missing`);
    }
    const unknown = names.filter((n) => !CSV_COLUMNS.includes(n));
    if (unknown.length)
        throw new UnitLineError(1, 'header', `unknown column ${unknown.map((u) => `"${u}"`).join(', ')}`);
    return { serial: idx('serial'), kind: idx('kind'), parentSerial: idx('parentSerial') };
}
function parseCsvLine(line, text, header) {
    let cells;
    try {
        cells = splitCsvRecord(text);
    }
    catch (err) {
        throw new UnitLineError(line, 'csv', err.message);
    }
    return checkUnit(line, {
        serial: cells[header.serial],
        kind: cells[header.kind],
        parentSerial: header.parentSerial >= 0 ? cells[header.parentSerial] : undefined,
    });
}
/** One row of COPY text format for the staging table (line_no, serial, kind, parent_serial). */
function copyRow(line, row) {
    const esc = (s) => (s.includes('\\') ? s.replace(/\\/g, '\\\\') : s);
    return `${line}\t${esc(row.serial)}\t${unit_kind_1.UNIT_KIND_CODE[row.kind]}\t${row.parentSerial === null ? '\\N' : esc(row.parentSerial)}\n`;
}
/**
 * A stream transform from raw upload bytes to COPY rows. It never holds more than one chunk and
 * one partial line, so memory stays flat whatever the size of the upload.
 */
class UnitLinesToCopy extends node_stream_1.Transform {
    format;
    lines = 0;
    units = 0;
    rest = '';
    header = null;
    /** Keeps a multi-byte UTF-8 character that straddles two chunks whole. */
    decoder = new node_string_decoder_1.StringDecoder('utf8');
    constructor(format) {
        super({ readableHighWaterMark: 1 << 20, writableHighWaterMark: 1 << 20 });
        this.format = format;
    }
    _transform(chunk, _enc, done) {
        try {
            const text = this.rest + this.decoder.write(chunk);
            const lastNl = text.lastIndexOf('\n');
            if (lastNl < 0) {
                this.rest = text;
                return done();
            }
            this.rest = text.slice(lastNl + 1);
            done(null, this.convert(text.slice(0, lastNl)));
        }
        catch (err) {
            done(err);
        }
    }
    _flush(done) {
        try {
            const last = this.rest + this.decoder.end();
            const out = last.length ? this.convert(last) : '';
            this.rest = '';
            if (this.format === 'csv' && this.header === null)
                throw new UnitLineError(1, 'header', 'the CSV upload is empty: a header line is required');
            done(null, out);
        }
        catch (err) {
            done(err);
        }
    }
    convert(block) {
        let out = '';
        let start = 0;
        while (start <= block.length) {
            let end = block.indexOf('\n', start);
            if (end < 0)
                end = block.length;
            let text = block.slice(start, end);
            start = end + 1;
            this.lines++;
            if (text.endsWith('\r'))
                text = text.slice(0, -1);
            if (this.lines === 1 && text.charCodeAt(0) === 0xfeff)
                text = text.slice(1); // a UTF-8 byte-order mark
            if (text.trim() === '')
                continue;
            if (this.format === 'csv' && this.header === null) {
                this.header = parseCsvHeader(text);
                continue;
            }
            const row = this.format === 'ndjson' ? parseNdjsonLine(this.lines, text) : parseCsvLine(this.lines, text, this.header);
            this.units++;
            out += copyRow(this.lines, row);
        }
        return out;
    }
}
exports.UnitLinesToCopy = UnitLinesToCopy;
//# sourceMappingURL=unit-lines.js.map