var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/papaparse/papaparse.js
var require_papaparse = __commonJS({
  "node_modules/papaparse/papaparse.js"(exports, module) {
    (function(root, factory) {
      if (typeof define === "function" && define.amd) {
        define([], factory);
      } else if (typeof module === "object" && typeof exports !== "undefined") {
        module.exports = factory();
      } else {
        root.Papa = factory();
      }
    })(exports, function moduleFactory() {
      "use strict";
      var global = (function() {
        if (typeof self !== "undefined") {
          return self;
        }
        if (typeof window !== "undefined") {
          return window;
        }
        if (typeof global !== "undefined") {
          return global;
        }
        return {};
      })();
      function getWorkerBlob() {
        var URL2 = global.URL || global.webkitURL || null;
        var code = moduleFactory.toString();
        return Papa2.BLOB_URL || (Papa2.BLOB_URL = URL2.createObjectURL(new Blob(["var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ", "(", code, ")();"], { type: "text/javascript" })));
      }
      var IS_WORKER = !global.document && !!global.postMessage, IS_PAPA_WORKER = global.IS_PAPA_WORKER || false;
      var workers = {}, workerIdCounter = 0;
      var Papa2 = {};
      Papa2.parse = CsvToJson;
      Papa2.unparse = JsonToCsv;
      Papa2.RECORD_SEP = String.fromCharCode(30);
      Papa2.UNIT_SEP = String.fromCharCode(31);
      Papa2.BYTE_ORDER_MARK = "\uFEFF";
      Papa2.BAD_DELIMITERS = ["\r", "\n", '"', Papa2.BYTE_ORDER_MARK];
      Papa2.WORKERS_SUPPORTED = !IS_WORKER && !!global.Worker;
      Papa2.NODE_STREAM_INPUT = 1;
      Papa2.LocalChunkSize = 1024 * 1024 * 10;
      Papa2.RemoteChunkSize = 1024 * 1024 * 5;
      Papa2.DefaultDelimiter = ",";
      Papa2.Parser = Parser;
      Papa2.ParserHandle = ParserHandle;
      Papa2.NetworkStreamer = NetworkStreamer;
      Papa2.FileStreamer = FileStreamer;
      Papa2.StringStreamer = StringStreamer;
      Papa2.ReadableStreamStreamer = ReadableStreamStreamer;
      if (typeof PAPA_BROWSER_CONTEXT === "undefined") {
        Papa2.DuplexStreamStreamer = DuplexStreamStreamer;
      }
      if (IS_PAPA_WORKER) {
        global.onmessage = workerThreadReceivedMessage;
      }
      function stripBom(string3) {
        if (string3.charCodeAt(0) === 65279) {
          return string3.slice(1);
        }
        return string3;
      }
      function CsvToJson(_input, _config) {
        _config = _config || {};
        var dynamicTyping = _config.dynamicTyping || false;
        if (isFunction(dynamicTyping)) {
          _config.dynamicTypingFunction = dynamicTyping;
          dynamicTyping = {};
        }
        _config.dynamicTyping = dynamicTyping;
        _config.transform = isFunction(_config.transform) ? _config.transform : false;
        if (_config.downloadTimeout !== void 0) {
          var downloadTimeout = parseInt(_config.downloadTimeout);
          if (isNaN(downloadTimeout)) {
            throw new Error("Config downloadTimeout value (" + _config.downloadTimeout + ") not parsable by parseInt(val).");
          }
          _config.downloadTimeout = downloadTimeout;
        }
        if (_config.worker && Papa2.WORKERS_SUPPORTED) {
          var w = newWorker();
          w.userStep = _config.step;
          w.userChunk = _config.chunk;
          w.userComplete = _config.complete;
          w.userError = _config.error;
          _config.step = isFunction(_config.step);
          _config.chunk = isFunction(_config.chunk);
          _config.complete = isFunction(_config.complete);
          _config.error = isFunction(_config.error);
          delete _config.worker;
          w.postMessage({
            input: _input,
            config: _config,
            workerId: w.id
          });
          return;
        }
        var streamer = null;
        if (_input === Papa2.NODE_STREAM_INPUT && typeof PAPA_BROWSER_CONTEXT === "undefined") {
          streamer = new DuplexStreamStreamer(_config);
          return streamer.getStream();
        } else if (typeof _input === "string") {
          _input = stripBom(_input);
          if (_config.download)
            streamer = new NetworkStreamer(_config);
          else
            streamer = new StringStreamer(_config);
        } else if (_input.readable === true && isFunction(_input.read) && isFunction(_input.on)) {
          streamer = new ReadableStreamStreamer(_config);
        } else if (global.File && _input instanceof File || _input instanceof Object)
          streamer = new FileStreamer(_config);
        return streamer.stream(_input);
      }
      function JsonToCsv(_input, _config) {
        var _quotes = false;
        var _writeHeader = true;
        var _delimiter = ",";
        var _newline = "\r\n";
        var _quoteChar = '"';
        var _escapedQuote = _quoteChar + _quoteChar;
        var _skipEmptyLines = false;
        var _columns = null;
        var _escapeFormulae = false;
        unpackConfig();
        var quoteCharRegex = new RegExp(escapeRegExp(_quoteChar), "g");
        if (typeof _input === "string")
          _input = JSON.parse(_input);
        if (Array.isArray(_input)) {
          if (!_input.length)
            return serialize(_columns, _input, _skipEmptyLines);
          else if (Array.isArray(_input[0]))
            return serialize(null, _input, _skipEmptyLines);
          else if (typeof _input[0] === "object")
            return serialize(_columns || Object.keys(_input[0]), _input, _skipEmptyLines);
        } else if (typeof _input === "object") {
          if (typeof _input.data === "string")
            _input.data = JSON.parse(_input.data);
          if (Array.isArray(_input.data)) {
            if (!_input.fields)
              _input.fields = _input.meta && _input.meta.fields || _columns;
            if (!_input.fields)
              _input.fields = Array.isArray(_input.data[0]) ? _input.fields : typeof _input.data[0] === "object" ? Object.keys(_input.data[0]) : [];
            if (!Array.isArray(_input.data[0]) && typeof _input.data[0] !== "object")
              _input.data = [_input.data];
          }
          return serialize(_input.fields || [], _input.data || [], _skipEmptyLines);
        }
        throw new Error("Unable to serialize unrecognized input");
        function unpackConfig() {
          if (typeof _config !== "object")
            return;
          if (typeof _config.delimiter === "string" && !Papa2.BAD_DELIMITERS.filter(function(value) {
            return _config.delimiter.indexOf(value) !== -1;
          }).length) {
            _delimiter = _config.delimiter;
          }
          if (typeof _config.quotes === "boolean" || typeof _config.quotes === "function" || Array.isArray(_config.quotes))
            _quotes = _config.quotes;
          if (typeof _config.skipEmptyLines === "boolean" || typeof _config.skipEmptyLines === "string")
            _skipEmptyLines = _config.skipEmptyLines;
          if (typeof _config.newline === "string")
            _newline = _config.newline;
          if (typeof _config.quoteChar === "string") {
            _quoteChar = _config.quoteChar;
            _escapedQuote = _quoteChar + _quoteChar;
          }
          if (typeof _config.header === "boolean")
            _writeHeader = _config.header;
          if (Array.isArray(_config.columns)) {
            if (_config.columns.length === 0) throw new Error("Option columns is empty");
            _columns = _config.columns;
          }
          if (_config.escapeChar !== void 0) {
            _escapedQuote = _config.escapeChar + _quoteChar;
          }
          if (_config.escapeFormulae instanceof RegExp) {
            _escapeFormulae = _config.escapeFormulae;
          } else if (typeof _config.escapeFormulae === "boolean" && _config.escapeFormulae) {
            _escapeFormulae = /^[=+\-@\t\r].*$/;
          }
        }
        function serialize(fields, data, skipEmptyLines) {
          var csv = "";
          if (typeof fields === "string")
            fields = JSON.parse(fields);
          if (typeof data === "string")
            data = JSON.parse(data);
          var hasHeader = Array.isArray(fields) && fields.length > 0;
          var dataKeyedByField = !Array.isArray(data[0]);
          if (hasHeader && _writeHeader) {
            for (var i = 0; i < fields.length; i++) {
              if (i > 0)
                csv += _delimiter;
              csv += safe(fields[i], i);
            }
            if (data.length > 0)
              csv += _newline;
          }
          for (var row = 0; row < data.length; row++) {
            var maxCol = hasHeader ? fields.length : data[row].length;
            var emptyLine = false;
            var nullLine = hasHeader ? Object.keys(data[row]).length === 0 : data[row].length === 0;
            if (skipEmptyLines && !hasHeader) {
              emptyLine = skipEmptyLines === "greedy" ? data[row].join("").trim() === "" : data[row].length === 1 && (data[row][0] === null || data[row][0] === void 0 || data[row][0].length === 0);
            }
            if (skipEmptyLines === "greedy" && hasHeader) {
              var line = [];
              for (var c = 0; c < maxCol; c++) {
                var cx = dataKeyedByField ? fields[c] : c;
                line.push(data[row][cx]);
              }
              emptyLine = line.join("").trim() === "";
            }
            if (!emptyLine) {
              for (var col = 0; col < maxCol; col++) {
                if (col > 0 && !nullLine)
                  csv += _delimiter;
                var colIdx = hasHeader && dataKeyedByField ? fields[col] : col;
                csv += safe(data[row][colIdx], col);
              }
              if (row < data.length - 1 && (!skipEmptyLines || maxCol > 0 && !nullLine)) {
                csv += _newline;
              }
            }
          }
          return csv;
        }
        function safe(str, col) {
          if (typeof str === "undefined" || str === null)
            return "";
          if (str.constructor === Date) {
            if (isNaN(str.getTime()))
              return "";
            return str.toISOString();
          }
          var needsQuotes = false;
          var strValue = str.toString();
          if (_escapeFormulae && typeof str !== "number" && typeof str !== "bigint" && typeof str !== "boolean" && _escapeFormulae.test(strValue)) {
            strValue = "'" + strValue;
            str = strValue;
            needsQuotes = true;
          }
          var escapedQuoteStr = strValue.replace(quoteCharRegex, _escapedQuote);
          needsQuotes = needsQuotes || _quotes === true || typeof _quotes === "function" && _quotes(str, col) || Array.isArray(_quotes) && _quotes[col] || hasAny(escapedQuoteStr, Papa2.BAD_DELIMITERS) || escapedQuoteStr.indexOf(_delimiter) > -1 || strValue.indexOf(_quoteChar) > -1 || escapedQuoteStr.charAt(0) === " " || escapedQuoteStr.charAt(escapedQuoteStr.length - 1) === " ";
          return needsQuotes ? _quoteChar + escapedQuoteStr + _quoteChar : escapedQuoteStr;
        }
        function hasAny(str, substrings) {
          for (var i = 0; i < substrings.length; i++)
            if (str.indexOf(substrings[i]) > -1)
              return true;
          return false;
        }
      }
      function ChunkStreamer(config2) {
        this._handle = null;
        this._finished = false;
        this._completed = false;
        this._halted = false;
        this._input = null;
        this._baseIndex = 0;
        this._partialLine = "";
        this._rowCount = 0;
        this._start = 0;
        this._nextChunk = null;
        this.isFirstChunk = true;
        this._completeResults = {
          data: [],
          errors: [],
          meta: {}
        };
        replaceConfig.call(this, config2);
        this.parseChunk = function(chunk, isFakeChunk) {
          const skipFirstNLines = parseInt(this._config.skipFirstNLines) || 0;
          if (this.isFirstChunk && skipFirstNLines > 0) {
            let _newline = this._config.newline;
            if (!_newline) {
              const quoteChar = this._config.quoteChar || '"';
              _newline = this._handle.guessLineEndings(chunk, quoteChar);
            }
            const splitChunk = chunk.split(_newline);
            chunk = [...splitChunk.slice(skipFirstNLines)].join(_newline);
          }
          if (this.isFirstChunk && isFunction(this._config.beforeFirstChunk)) {
            var modifiedChunk = this._config.beforeFirstChunk(chunk);
            if (modifiedChunk !== void 0)
              chunk = modifiedChunk;
          }
          this.isFirstChunk = false;
          this._halted = false;
          var aggregate = this._partialLine + chunk;
          this._partialLine = "";
          var results = this._handle.parse(aggregate, this._baseIndex, !this._finished);
          if (this._handle.paused() || this._handle.aborted()) {
            this._halted = true;
            return;
          }
          var lastIndex = results.meta.cursor;
          if (!this._finished) {
            this._partialLine = aggregate.substring(lastIndex - this._baseIndex);
            this._baseIndex = lastIndex;
          }
          if (results && results.data)
            this._rowCount += results.data.length;
          var finishedIncludingPreview = this._finished || this._config.preview && this._rowCount >= this._config.preview;
          if (IS_PAPA_WORKER) {
            global.postMessage({
              results,
              workerId: Papa2.WORKER_ID,
              finished: finishedIncludingPreview
            });
          } else if (isFunction(this._config.chunk) && !isFakeChunk) {
            this._config.chunk(results, this._handle);
            if (this._handle.paused() || this._handle.aborted()) {
              this._halted = true;
              return;
            }
            results = void 0;
            this._completeResults = void 0;
          }
          if (!this._config.step && !this._config.chunk) {
            this._completeResults.data = this._completeResults.data.concat(results.data);
            this._completeResults.errors = this._completeResults.errors.concat(results.errors);
            this._completeResults.meta = results.meta;
          }
          if (!this._completed && finishedIncludingPreview && isFunction(this._config.complete) && (!results || !results.meta.aborted)) {
            this._config.complete(this._completeResults, this._input);
            this._completed = true;
          }
          if (!finishedIncludingPreview && (!results || !results.meta.paused))
            this._nextChunk();
          return results;
        };
        this._sendError = function(error2) {
          if (isFunction(this._config.error))
            this._config.error(error2);
          else if (IS_PAPA_WORKER && this._config.error) {
            global.postMessage({
              workerId: Papa2.WORKER_ID,
              error: error2,
              finished: false
            });
          }
        };
        function replaceConfig(config3) {
          var configCopy = copy(config3);
          configCopy.chunkSize = parseInt(configCopy.chunkSize);
          if (!config3.step && !config3.chunk)
            configCopy.chunkSize = null;
          this._handle = new ParserHandle(configCopy);
          this._handle.streamer = this;
          this._config = configCopy;
        }
      }
      function NetworkStreamer(config2) {
        config2 = config2 || {};
        if (!config2.chunkSize)
          config2.chunkSize = Papa2.RemoteChunkSize;
        ChunkStreamer.call(this, config2);
        var xhr;
        if (IS_WORKER) {
          this._nextChunk = function() {
            this._readChunk();
            this._chunkLoaded();
          };
        } else {
          this._nextChunk = function() {
            this._readChunk();
          };
        }
        this.stream = function(url) {
          this._input = url;
          this._nextChunk();
        };
        this._readChunk = function() {
          if (this._finished) {
            this._chunkLoaded();
            return;
          }
          xhr = new XMLHttpRequest();
          if (this._config.withCredentials) {
            xhr.withCredentials = this._config.withCredentials;
          }
          if (!IS_WORKER) {
            xhr.onload = bindFunction(this._chunkLoaded, this);
            xhr.onerror = bindFunction(this._chunkError, this);
          }
          xhr.ontimeout = bindFunction(this._chunkTimeout, this);
          xhr.open(this._config.downloadRequestBody ? "POST" : "GET", this._input, !IS_WORKER);
          if (this._config.downloadTimeout && !IS_WORKER) {
            xhr.timeout = this._config.downloadTimeout;
          }
          if (this._config.downloadRequestHeaders) {
            var headers = this._config.downloadRequestHeaders;
            for (var headerName in headers) {
              xhr.setRequestHeader(headerName, headers[headerName]);
            }
          }
          if (this._config.chunkSize) {
            var end = this._start + this._config.chunkSize - 1;
            xhr.setRequestHeader("Range", "bytes=" + this._start + "-" + end);
          }
          try {
            xhr.send(this._config.downloadRequestBody);
          } catch (err) {
            this._chunkError(err.message);
          }
          if (IS_WORKER && xhr.status === 0)
            this._chunkError();
        };
        this._chunkLoaded = function() {
          if (xhr.readyState !== 4)
            return;
          if (xhr.status < 200 || xhr.status >= 400) {
            this._chunkError();
            return;
          }
          this._start += this._config.chunkSize ? this._config.chunkSize : xhr.responseText.length;
          this._finished = !this._config.chunkSize || this._start >= getFileSize(xhr);
          this.parseChunk(xhr.responseText);
        };
        this._chunkError = function(errorMessage) {
          var errorText = xhr.statusText || errorMessage;
          this._sendError(new Error(errorText));
        };
        this._chunkTimeout = function() {
          this._chunkError("Request timed out after " + this._config.downloadTimeout + "ms");
        };
        function getFileSize(xhr2) {
          var contentRange = xhr2.getResponseHeader("Content-Range");
          if (contentRange === null) {
            return -1;
          }
          return parseInt(contentRange.substring(contentRange.lastIndexOf("/") + 1));
        }
      }
      NetworkStreamer.prototype = Object.create(ChunkStreamer.prototype);
      NetworkStreamer.prototype.constructor = NetworkStreamer;
      function FileStreamer(config2) {
        config2 = config2 || {};
        if (!config2.chunkSize)
          config2.chunkSize = Papa2.LocalChunkSize;
        ChunkStreamer.call(this, config2);
        var reader, slice;
        var usingAsyncReader = typeof FileReader !== "undefined";
        this.stream = function(file) {
          this._input = file;
          slice = file.slice || file.webkitSlice || file.mozSlice;
          if (usingAsyncReader) {
            reader = new FileReader();
            reader.onload = bindFunction(this._chunkLoaded, this);
            reader.onerror = bindFunction(this._chunkError, this);
          } else
            reader = new FileReaderSync();
          this._nextChunk();
        };
        this._nextChunk = function() {
          if (!this._finished && (!this._config.preview || this._rowCount < this._config.preview))
            this._readChunk();
        };
        this._readChunk = function() {
          var input = this._input;
          if (this._config.chunkSize) {
            var end = Math.min(this._start + this._config.chunkSize, this._input.size);
            input = slice.call(input, this._start, end);
          }
          var txt = reader.readAsText(input, this._config.encoding);
          if (!usingAsyncReader)
            this._chunkLoaded({ target: { result: txt } });
        };
        this._chunkLoaded = function(event) {
          this._start += this._config.chunkSize;
          this._finished = !this._config.chunkSize || this._start >= this._input.size;
          this.parseChunk(event.target.result);
        };
        this._chunkError = function() {
          this._sendError(reader.error);
        };
      }
      FileStreamer.prototype = Object.create(ChunkStreamer.prototype);
      FileStreamer.prototype.constructor = FileStreamer;
      function StringStreamer(config2) {
        config2 = config2 || {};
        ChunkStreamer.call(this, config2);
        var remaining;
        this.stream = function(s) {
          remaining = s;
          return this._nextChunk();
        };
        this._nextChunk = function() {
          if (this._finished) return;
          var size2 = this._config.chunkSize;
          var chunk;
          if (size2) {
            chunk = remaining.substring(0, size2);
            remaining = remaining.substring(size2);
          } else {
            chunk = remaining;
            remaining = "";
          }
          this._finished = !remaining;
          return this.parseChunk(chunk);
        };
      }
      StringStreamer.prototype = Object.create(StringStreamer.prototype);
      StringStreamer.prototype.constructor = StringStreamer;
      function ReadableStreamStreamer(config2) {
        config2 = config2 || {};
        ChunkStreamer.call(this, config2);
        var queue = [];
        var parseOnData = true;
        var streamHasEnded = false;
        this.pause = function() {
          ChunkStreamer.prototype.pause.apply(this, arguments);
          this._input.pause();
        };
        this.resume = function() {
          ChunkStreamer.prototype.resume.apply(this, arguments);
          this._input.resume();
        };
        this.stream = function(stream) {
          this._input = stream;
          this._input.on("data", this._streamData);
          this._input.on("end", this._streamEnd);
          this._input.on("error", this._streamError);
        };
        this._checkIsFinished = function() {
          if (streamHasEnded && queue.length === 1) {
            this._finished = true;
          }
        };
        this._nextChunk = function() {
          this._checkIsFinished();
          if (queue.length) {
            this.parseChunk(queue.shift());
          } else {
            parseOnData = true;
          }
        };
        this._streamData = bindFunction(function(chunk) {
          try {
            queue.push(typeof chunk === "string" ? chunk : chunk.toString(this._config.encoding));
            if (parseOnData) {
              parseOnData = false;
              this._checkIsFinished();
              this.parseChunk(queue.shift());
            }
          } catch (error2) {
            this._streamError(error2);
          }
        }, this);
        this._streamError = bindFunction(function(error2) {
          this._streamCleanUp();
          this._sendError(error2);
        }, this);
        this._streamEnd = bindFunction(function() {
          this._streamCleanUp();
          streamHasEnded = true;
          this._streamData("");
        }, this);
        this._streamCleanUp = bindFunction(function() {
          this._input.removeListener("data", this._streamData);
          this._input.removeListener("end", this._streamEnd);
          this._input.removeListener("error", this._streamError);
        }, this);
      }
      ReadableStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
      ReadableStreamStreamer.prototype.constructor = ReadableStreamStreamer;
      function DuplexStreamStreamer(_config) {
        var Duplex = __require("stream").Duplex;
        var config2 = copy(_config);
        var parseOnWrite = true;
        var writeStreamHasFinished = false;
        var parseCallbackQueue = [];
        var stream = null;
        this._onCsvData = function(results) {
          var data = results.data;
          if (!stream.push(data) && !this._handle.paused()) {
            this._handle.pause();
          }
        };
        this._onCsvComplete = function() {
          stream.push(null);
        };
        config2.step = bindFunction(this._onCsvData, this);
        config2.complete = bindFunction(this._onCsvComplete, this);
        ChunkStreamer.call(this, config2);
        this._nextChunk = function() {
          if (writeStreamHasFinished && parseCallbackQueue.length === 1) {
            this._finished = true;
          }
          if (parseCallbackQueue.length) {
            parseCallbackQueue.shift()();
          } else {
            parseOnWrite = true;
          }
        };
        this._addToParseQueue = function(chunk, callback) {
          parseCallbackQueue.push(bindFunction(function() {
            this.parseChunk(typeof chunk === "string" ? chunk : chunk.toString(config2.encoding));
            if (isFunction(callback)) {
              return callback();
            }
          }, this));
          if (parseOnWrite) {
            parseOnWrite = false;
            this._nextChunk();
          }
        };
        this._onRead = function() {
          if (this._handle.paused()) {
            this._handle.resume();
          }
        };
        this._onWrite = function(chunk, encoding, callback) {
          this._addToParseQueue(chunk, callback);
        };
        this._onWriteComplete = function() {
          writeStreamHasFinished = true;
          this._addToParseQueue("");
        };
        this.getStream = function() {
          return stream;
        };
        stream = new Duplex({
          readableObjectMode: true,
          decodeStrings: false,
          read: bindFunction(this._onRead, this),
          write: bindFunction(this._onWrite, this)
        });
        stream.once("finish", bindFunction(this._onWriteComplete, this));
      }
      if (typeof PAPA_BROWSER_CONTEXT === "undefined") {
        DuplexStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
        DuplexStreamStreamer.prototype.constructor = DuplexStreamStreamer;
      }
      function ParserHandle(_config) {
        var MAX_FLOAT = Math.pow(2, 53);
        var MIN_FLOAT = -MAX_FLOAT;
        var FLOAT = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/;
        var ISO_DATE = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/;
        var self2 = this;
        var _stepCounter = 0;
        var _rowCounter = 0;
        var _input;
        var _parser;
        var _paused = false;
        var _aborted = false;
        var _delimiterError;
        var _fields = [];
        var _results = {
          // The last results returned from the parser
          data: [],
          errors: [],
          meta: {}
        };
        if (isFunction(_config.step)) {
          var userStep = _config.step;
          _config.step = function(results) {
            _results = results;
            if (needsHeaderRow())
              processResults();
            else {
              processResults();
              if (_results.data.length === 0)
                return;
              _stepCounter += results.data.length;
              if (_config.preview && _stepCounter > _config.preview)
                _parser.abort();
              else {
                _results.data = _results.data[0];
                userStep(_results, self2);
              }
            }
          };
        }
        this.parse = function(input, baseIndex, ignoreLastRow) {
          var quoteChar = _config.quoteChar || '"';
          if (!_config.newline)
            _config.newline = this.guessLineEndings(input, quoteChar);
          _delimiterError = false;
          if (!_config.delimiter) {
            var delimGuess = guessDelimiter2(input, _config.newline, _config.skipEmptyLines, _config.comments, _config.delimitersToGuess);
            if (delimGuess.successful)
              _config.delimiter = delimGuess.bestDelimiter;
            else {
              _delimiterError = true;
              _config.delimiter = Papa2.DefaultDelimiter;
            }
            _results.meta.delimiter = _config.delimiter;
          } else if (isFunction(_config.delimiter)) {
            _config.delimiter = _config.delimiter(input);
            _results.meta.delimiter = _config.delimiter;
          }
          var parserConfig = copy(_config);
          parserConfig.header = needsHeaderRow();
          if (_config.preview && _config.header)
            parserConfig.preview++;
          _input = input;
          _parser = new Parser(parserConfig);
          _results = _parser.parse(_input, baseIndex, ignoreLastRow);
          processResults();
          return _paused ? { meta: { paused: true } } : _results || { meta: { paused: false } };
        };
        this.paused = function() {
          return _paused;
        };
        this.pause = function() {
          _paused = true;
          _parser.abort();
          _input = isFunction(_config.chunk) ? "" : _input.substring(_parser.getCharIndex());
        };
        this.resume = function() {
          if (self2.streamer._halted) {
            _paused = false;
            self2.streamer.parseChunk(_input, true);
          } else {
            setTimeout(self2.resume, 3);
          }
        };
        this.aborted = function() {
          return _aborted;
        };
        this.abort = function() {
          _aborted = true;
          _parser.abort();
          _results.meta.aborted = true;
          if (isFunction(_config.complete))
            _config.complete(_results);
          _input = "";
        };
        this.guessLineEndings = function(input, quoteChar) {
          input = input.substring(0, 1024 * 1024);
          var re = new RegExp(escapeRegExp(quoteChar) + "([^]*?)" + escapeRegExp(quoteChar), "gm");
          input = input.replace(re, "");
          var r2 = input.split("\r");
          var n = input.split("\n");
          var nAppearsFirst = n.length > 1 && n[0].length < r2[0].length;
          if (r2.length === 1 || nAppearsFirst)
            return "\n";
          var numWithN = 0;
          for (var i = 0; i < r2.length; i++) {
            if (r2[i][0] === "\n")
              numWithN++;
          }
          return numWithN >= r2.length / 2 ? "\r\n" : "\r";
        };
        function testEmptyLine(s) {
          return _config.skipEmptyLines === "greedy" ? s.join("").trim() === "" : s.length === 1 && s[0].length === 0;
        }
        function testFloat(s) {
          if (FLOAT.test(s)) {
            var floatValue = parseFloat(s);
            if (floatValue > MIN_FLOAT && floatValue < MAX_FLOAT) {
              return true;
            }
          }
          return false;
        }
        function processResults() {
          if (_results && _delimiterError) {
            addError("Delimiter", "UndetectableDelimiter", "Unable to auto-detect delimiting character; defaulted to '" + Papa2.DefaultDelimiter + "'");
            _delimiterError = false;
          }
          if (_config.skipEmptyLines) {
            _results.data = _results.data.filter(function(d) {
              return !testEmptyLine(d);
            });
          }
          if (needsHeaderRow())
            fillHeaderFields();
          return applyHeaderAndDynamicTypingAndTransformation();
        }
        function needsHeaderRow() {
          return _config.header && _fields.length === 0;
        }
        function fillHeaderFields() {
          if (!_results)
            return;
          function addHeader(header) {
            _fields.push(header);
          }
          if (Array.isArray(_results.data[0])) {
            for (var i = 0; needsHeaderRow() && i < _results.data.length; i++)
              _results.data[i].forEach(addHeader);
            _results.data.splice(0, 1);
          } else
            _results.data.forEach(addHeader);
        }
        function shouldApplyDynamicTyping(field) {
          if (_config.dynamicTypingFunction && _config.dynamicTyping[field] === void 0) {
            _config.dynamicTyping[field] = _config.dynamicTypingFunction(field);
          }
          return (_config.dynamicTyping[field] || _config.dynamicTyping) === true;
        }
        function parseDynamic(field, value) {
          if (shouldApplyDynamicTyping(field)) {
            if (value === "true" || value === "TRUE")
              return true;
            else if (value === "false" || value === "FALSE")
              return false;
            else if (testFloat(value))
              return parseFloat(value);
            else if (ISO_DATE.test(value))
              return new Date(value);
            else
              return value === "" ? null : value;
          }
          return value;
        }
        function applyHeaderAndDynamicTypingAndTransformation() {
          if (!_results || !_config.header && !_config.dynamicTyping && !_config.transform)
            return _results;
          function processRow(rowSource, i) {
            var row = _config.header ? {} : [];
            var j;
            for (j = 0; j < rowSource.length; j++) {
              var field = j;
              var value = rowSource[j];
              if (_config.header)
                field = j >= _fields.length ? "__parsed_extra" : _fields[j];
              if (_config.transform)
                value = _config.transform(value, field);
              value = parseDynamic(field, value);
              if (field === "__parsed_extra") {
                row[field] = row[field] || [];
                row[field].push(value);
              } else
                row[field] = value;
            }
            if (_config.header) {
              if (j > _fields.length)
                addError("FieldMismatch", "TooManyFields", "Too many fields: expected " + _fields.length + " fields but parsed " + j, _rowCounter + i);
              else if (j < _fields.length)
                addError("FieldMismatch", "TooFewFields", "Too few fields: expected " + _fields.length + " fields but parsed " + j, _rowCounter + i);
            }
            return row;
          }
          var incrementBy = 1;
          if (!_results.data.length || Array.isArray(_results.data[0])) {
            _results.data = _results.data.map(processRow);
            incrementBy = _results.data.length;
          } else
            _results.data = processRow(_results.data, 0);
          if (_config.header && _results.meta)
            _results.meta.fields = _fields;
          _rowCounter += incrementBy;
          return _results;
        }
        function guessDelimiter2(input, newline, skipEmptyLines, comments, delimitersToGuess) {
          var bestDelim, bestDelta, fieldCountPrevRow, maxFieldCount;
          delimitersToGuess = delimitersToGuess || [",", "	", "|", ";", Papa2.RECORD_SEP, Papa2.UNIT_SEP];
          for (var i = 0; i < delimitersToGuess.length; i++) {
            var delim = delimitersToGuess[i];
            var delta = 0, avgFieldCount = 0, emptyLinesCount = 0;
            fieldCountPrevRow = void 0;
            var preview = new Parser({
              comments,
              delimiter: delim,
              newline,
              preview: 10
            }).parse(input);
            for (var j = 0; j < preview.data.length; j++) {
              if (skipEmptyLines && testEmptyLine(preview.data[j])) {
                emptyLinesCount++;
                continue;
              }
              var fieldCount = preview.data[j].length;
              avgFieldCount += fieldCount;
              if (typeof fieldCountPrevRow === "undefined") {
                fieldCountPrevRow = fieldCount;
                continue;
              } else if (fieldCount > 0) {
                delta += Math.abs(fieldCount - fieldCountPrevRow);
                fieldCountPrevRow = fieldCount;
              }
            }
            if (preview.data.length > 0)
              avgFieldCount /= preview.data.length - emptyLinesCount;
            if (avgFieldCount > 1.99 && (typeof bestDelta === "undefined" || delta < bestDelta || delta === bestDelta && avgFieldCount > maxFieldCount)) {
              bestDelta = delta;
              bestDelim = delim;
              maxFieldCount = avgFieldCount;
            }
          }
          _config.delimiter = bestDelim;
          return {
            successful: !!bestDelim,
            bestDelimiter: bestDelim
          };
        }
        function addError(type, code, msg, row) {
          var error2 = {
            type,
            code,
            message: msg
          };
          if (row !== void 0) {
            error2.row = row;
          }
          _results.errors.push(error2);
        }
      }
      function escapeRegExp(string3) {
        return string3.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }
      function Parser(config2) {
        config2 = config2 || {};
        var delim = config2.delimiter;
        var newline = config2.newline;
        var comments = config2.comments;
        var step = config2.step;
        var preview = config2.preview;
        var fastMode = config2.fastMode;
        var quoteChar;
        var renamedHeaders = null;
        var headerParsed = false;
        if (config2.quoteChar === void 0 || config2.quoteChar === null) {
          quoteChar = '"';
        } else {
          quoteChar = config2.quoteChar;
        }
        var escapeChar = quoteChar;
        if (config2.escapeChar !== void 0) {
          escapeChar = config2.escapeChar;
        }
        if (typeof delim !== "string" || Papa2.BAD_DELIMITERS.indexOf(delim) > -1)
          delim = ",";
        if (comments === delim)
          throw new Error("Comment character same as delimiter");
        else if (comments === true)
          comments = "#";
        else if (typeof comments !== "string" || Papa2.BAD_DELIMITERS.indexOf(comments) > -1)
          comments = false;
        if (newline !== "\n" && newline !== "\r" && newline !== "\r\n")
          newline = "\n";
        var cursor = 0;
        var aborted2 = false;
        this.parse = function(input, baseIndex, ignoreLastRow) {
          if (typeof input !== "string")
            throw new Error("Input must be a string");
          var inputLen = input.length, delimLen = delim.length, newlineLen = newline.length, commentsLen = comments.length;
          var stepIsFunction = isFunction(step);
          cursor = 0;
          var data = [], errors = [], row = [], lastCursor = 0;
          if (!input)
            return returnable();
          if (fastMode || fastMode !== false && input.indexOf(quoteChar) === -1) {
            var rows = input.split(newline);
            for (var i = 0; i < rows.length; i++) {
              row = rows[i];
              cursor += row.length;
              if (i !== rows.length - 1)
                cursor += newline.length;
              else if (ignoreLastRow)
                return returnable();
              if (comments && row.substring(0, commentsLen) === comments)
                continue;
              if (stepIsFunction) {
                data = [];
                pushRow(row.split(delim));
                doStep();
                if (aborted2)
                  return returnable();
              } else
                pushRow(row.split(delim));
              if (preview && i >= preview) {
                data = data.slice(0, preview);
                return returnable(true);
              }
            }
            return returnable();
          }
          var nextDelim = input.indexOf(delim, cursor);
          var nextNewline = input.indexOf(newline, cursor);
          var quoteCharRegex = new RegExp(escapeRegExp(escapeChar) + escapeRegExp(quoteChar), "g");
          var quoteSearch = input.indexOf(quoteChar, cursor);
          for (; ; ) {
            if (input[cursor] === quoteChar) {
              quoteSearch = cursor;
              cursor++;
              for (; ; ) {
                quoteSearch = input.indexOf(quoteChar, quoteSearch + 1);
                if (quoteSearch === -1) {
                  if (!ignoreLastRow) {
                    errors.push({
                      type: "Quotes",
                      code: "MissingQuotes",
                      message: "Quoted field unterminated",
                      row: data.length,
                      // row has yet to be inserted
                      index: cursor
                    });
                  }
                  return finish();
                }
                if (quoteSearch === inputLen - 1) {
                  var value = input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar);
                  return finish(value);
                }
                if (quoteChar === escapeChar && input[quoteSearch + 1] === escapeChar) {
                  quoteSearch++;
                  continue;
                }
                if (quoteChar !== escapeChar && quoteSearch !== 0 && input[quoteSearch - 1] === escapeChar) {
                  continue;
                }
                if (nextDelim !== -1 && nextDelim < quoteSearch + 1) {
                  nextDelim = input.indexOf(delim, quoteSearch + 1);
                }
                if (nextNewline !== -1 && nextNewline < quoteSearch + 1) {
                  nextNewline = input.indexOf(newline, quoteSearch + 1);
                }
                var checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
                var spacesBetweenQuoteAndDelimiter = extraSpaces(checkUpTo);
                if (input.substr(quoteSearch + 1 + spacesBetweenQuoteAndDelimiter, delimLen) === delim) {
                  row.push(input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
                  cursor = quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen;
                  if (input[quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen] !== quoteChar) {
                    quoteSearch = input.indexOf(quoteChar, cursor);
                  }
                  if (nextDelim !== -1 && nextDelim < cursor)
                    nextDelim = input.indexOf(delim, cursor);
                  if (nextNewline !== -1 && nextNewline < cursor)
                    nextNewline = input.indexOf(newline, cursor);
                  break;
                }
                var spacesBetweenQuoteAndNewLine = extraSpaces(nextNewline);
                if (input.substring(quoteSearch + 1 + spacesBetweenQuoteAndNewLine, quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen) === newline) {
                  row.push(input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
                  saveRow(quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen);
                  if (nextDelim !== -1 && nextDelim < cursor)
                    nextDelim = input.indexOf(delim, cursor);
                  quoteSearch = input.indexOf(quoteChar, cursor);
                  if (stepIsFunction) {
                    doStep();
                    if (aborted2)
                      return returnable();
                  }
                  if (preview && data.length >= preview)
                    return returnable(true);
                  break;
                }
                errors.push({
                  type: "Quotes",
                  code: "InvalidQuotes",
                  message: "Trailing quote on quoted field is malformed",
                  row: data.length,
                  // row has yet to be inserted
                  index: cursor
                });
                quoteSearch++;
                continue;
              }
              continue;
            }
            if (comments && row.length === 0 && input.substring(cursor, cursor + commentsLen) === comments) {
              if (nextNewline === -1)
                return returnable();
              cursor = nextNewline + newlineLen;
              nextNewline = input.indexOf(newline, cursor);
              if (nextDelim !== -1 && nextDelim < cursor)
                nextDelim = input.indexOf(delim, cursor);
              continue;
            }
            if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
              row.push(input.substring(cursor, nextDelim));
              cursor = nextDelim + delimLen;
              nextDelim = input.indexOf(delim, cursor);
              continue;
            }
            if (nextNewline !== -1) {
              row.push(input.substring(cursor, nextNewline));
              saveRow(nextNewline + newlineLen);
              if (stepIsFunction) {
                doStep();
                if (aborted2)
                  return returnable();
              }
              if (preview && data.length >= preview)
                return returnable(true);
              continue;
            }
            break;
          }
          return finish();
          function pushRow(row2) {
            data.push(row2);
            lastCursor = cursor;
          }
          function extraSpaces(index) {
            var spaceLength = 0;
            if (index !== -1) {
              var textBetweenClosingQuoteAndIndex = input.substring(quoteSearch + 1, index);
              if (textBetweenClosingQuoteAndIndex && textBetweenClosingQuoteAndIndex.trim() === "") {
                spaceLength = textBetweenClosingQuoteAndIndex.length;
              }
            }
            return spaceLength;
          }
          function finish(value2) {
            if (ignoreLastRow)
              return returnable();
            if (typeof value2 === "undefined")
              value2 = input.substring(cursor);
            row.push(value2);
            cursor = inputLen;
            pushRow(row);
            if (stepIsFunction)
              doStep();
            return returnable();
          }
          function saveRow(newCursor) {
            cursor = newCursor;
            pushRow(row);
            row = [];
            nextNewline = input.indexOf(newline, cursor);
          }
          function returnable(stopped) {
            if (config2.header && !baseIndex && data.length && !headerParsed) {
              const result = data[0];
              const headerCount = /* @__PURE__ */ Object.create(null);
              const usedHeaders = new Set(result);
              let duplicateHeaders = false;
              for (let i2 = 0; i2 < result.length; i2++) {
                let header = stripBom(result[i2]);
                if (isFunction(config2.transformHeader))
                  header = config2.transformHeader(header, i2);
                if (!headerCount[header]) {
                  headerCount[header] = 1;
                  result[i2] = header;
                } else {
                  let newHeader;
                  let suffixCount = headerCount[header];
                  do {
                    newHeader = `${header}_${suffixCount}`;
                    suffixCount++;
                  } while (usedHeaders.has(newHeader));
                  usedHeaders.add(newHeader);
                  result[i2] = newHeader;
                  headerCount[header]++;
                  duplicateHeaders = true;
                  if (renamedHeaders === null) {
                    renamedHeaders = {};
                  }
                  renamedHeaders[newHeader] = header;
                }
                usedHeaders.add(header);
              }
              if (duplicateHeaders) {
                console.warn("Duplicate headers found and renamed.");
              }
              headerParsed = true;
            }
            return {
              data,
              errors,
              meta: {
                delimiter: delim,
                linebreak: newline,
                aborted: aborted2,
                truncated: !!stopped,
                cursor: lastCursor + (baseIndex || 0),
                renamedHeaders
              }
            };
          }
          function doStep() {
            step(returnable());
            data = [];
            errors = [];
          }
        };
        this.abort = function() {
          aborted2 = true;
        };
        this.getCharIndex = function() {
          return cursor;
        };
      }
      function newWorker() {
        if (!Papa2.WORKERS_SUPPORTED)
          return false;
        var workerUrl = getWorkerBlob();
        var w = new global.Worker(workerUrl);
        w.onmessage = mainThreadReceivedMessage;
        w.id = workerIdCounter++;
        workers[w.id] = w;
        return w;
      }
      function mainThreadReceivedMessage(e) {
        var msg = e.data;
        var worker = workers[msg.workerId];
        var aborted2 = false;
        if (msg.error)
          worker.userError(msg.error, msg.file);
        else if (msg.results && msg.results.data) {
          var abort = function() {
            aborted2 = true;
            completeWorker(msg.workerId, { data: [], errors: [], meta: { aborted: true } });
          };
          var handle = {
            abort,
            pause: notImplemented,
            resume: notImplemented
          };
          if (isFunction(worker.userStep)) {
            for (var i = 0; i < msg.results.data.length; i++) {
              worker.userStep({
                data: msg.results.data[i],
                errors: msg.results.errors,
                meta: msg.results.meta
              }, handle);
              if (aborted2)
                break;
            }
            delete msg.results;
          } else if (isFunction(worker.userChunk)) {
            worker.userChunk(msg.results, handle, msg.file);
            delete msg.results;
          }
        }
        if (msg.finished && !aborted2)
          completeWorker(msg.workerId, msg.results);
      }
      function completeWorker(workerId, results) {
        var worker = workers[workerId];
        if (isFunction(worker.userComplete))
          worker.userComplete(results);
        worker.terminate();
        delete workers[workerId];
      }
      function notImplemented() {
        throw new Error("Not implemented.");
      }
      function workerThreadReceivedMessage(e) {
        var msg = e.data;
        if (typeof Papa2.WORKER_ID === "undefined" && msg)
          Papa2.WORKER_ID = msg.workerId;
        if (typeof msg.input === "string") {
          global.postMessage({
            workerId: Papa2.WORKER_ID,
            results: Papa2.parse(msg.input, msg.config),
            finished: true
          });
        } else if (global.File && msg.input instanceof File || msg.input instanceof Object) {
          var results = Papa2.parse(msg.input, msg.config);
          if (results)
            global.postMessage({
              workerId: Papa2.WORKER_ID,
              results,
              finished: true
            });
        }
      }
      function copy(obj) {
        if (typeof obj !== "object" || obj === null)
          return obj;
        var cpy = Array.isArray(obj) ? [] : {};
        for (var key in obj)
          cpy[key] = copy(obj[key]);
        return cpy;
      }
      function bindFunction(f, self2) {
        return function() {
          f.apply(self2, arguments);
        };
      }
      function isFunction(func) {
        return typeof func === "function";
      }
      return Papa2;
    });
  }
});

// ../scratch/prof-group.ts
import { Session } from "node:inspector/promises";
import { writeFileSync, mkdirSync, rmSync } from "node:fs";

// bench/generate.ts
import { closeSync, openSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t2 = a;
    t2 = Math.imul(t2 ^ t2 >>> 15, t2 | 1);
    t2 ^= t2 + Math.imul(t2 ^ t2 >>> 7, t2 | 61);
    return ((t2 ^ t2 >>> 14) >>> 0) / 4294967296;
  };
}
function mix(seed, stream) {
  let h = (Math.imul(seed >>> 0, 2654435761) ^ Math.imul(stream >>> 0, 2246822507)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
var int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
var pick = (rng, items2) => items2[Math.floor(rng() * items2.length)];
var chance = (rng, p) => rng() < p;
var EPOCH = Date.UTC(2024, 0, 1);
var DAY = 864e5;
var PUBLISHED_DAYS = 731;
var isoCache = /* @__PURE__ */ new Map();
function isoDay(day) {
  let text2 = isoCache.get(day);
  if (text2 === void 0) {
    text2 = new Date(EPOCH + day * DAY).toISOString().slice(0, 10);
    isoCache.set(day, text2);
  }
  return text2;
}
var isoMonth = (month) => `${2024 + Math.floor(month / 12)}-${String(month % 12 + 1).padStart(2, "0")}`;
var monthOfDay = (day) => {
  const d = new Date(EPOCH + day * DAY);
  return (d.getUTCFullYear() - 2024) * 12 + d.getUTCMonth();
};
var firstDayOfMonth = (month) => Math.round((Date.UTC(2024, month, 1) - EPOCH) / DAY);
var lastDayOfMonth = (month) => firstDayOfMonth(month + 1) - 1;
var MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var MONTHS_AR = ["\u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u062B\u0627\u0646\u064A", "\u0634\u0628\u0627\u0637", "\u0622\u0630\u0627\u0631", "\u0646\u064A\u0633\u0627\u0646", "\u0623\u064A\u0627\u0631", "\u062D\u0632\u064A\u0631\u0627\u0646", "\u062A\u0645\u0648\u0632", "\u0622\u0628", "\u0623\u064A\u0644\u0648\u0644", "\u062A\u0634\u0631\u064A\u0646 \u0627\u0644\u0623\u0648\u0644", "\u062A\u0634\u0631\u064A\u0646 \u0627\u0644\u062B\u0627\u0646\u064A", "\u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u0623\u0648\u0644"];
var WRITTEN_ONLY = /* @__PURE__ */ new Set([
  "\u0633\u0640\u0640\u0648\u0631\u064A\u0627",
  "\u0627\u0644\u0639\u0640\u0631\u0627\u0642",
  "\u0627\u0642\u0644\u064A\u0645 \u0643\u0631\u062F\u0633\u062A\u0627\u0646",
  "\u0627\u0631\u0628\u064A\u0644",
  "\u062F\u064A\u0631  \u0627\u0644\u0632\u0648\u0631",
  "\u0627\u0644\u0631\u0642\u0647",
  "\u0627\u062F\u0644\u0628",
  "\u0627\u0644\u0644\u0627\u0630\u0642\u064A\u0647",
  "\u0627\u0644\u0628\u0635\u0631\u0647",
  "\u062F\u064A\u0627\u0644\u064A",
  "\u0627\u0644\u0633\u0644\u064A\u0645\u0627\u0646\u064A\u0647",
  "\u0627\u0644\u0627\u0631\u062F\u0646",
  "\u0627\u0644\u0641\u0644\u0648\u062C\u0647",
  "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u062A\u0631\u0643\u064A\u0647",
  "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0631\u0648\u0633\u064A\u0647",
  "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0627\u064A\u0637\u0627\u0644\u064A\u0629",
  "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0627\u0644\u0645\u0627\u0646\u064A\u0629"
]);
var PLACES = [
  ["syria", "Syria", "\u0633\u0648\u0631\u064A\u0627", "\u0633\u0648\u0631\u064A\u0629", "\u0633\u0640\u0640\u0648\u0631\u064A\u0627"],
  ["iraq", "Iraq", "\u0627\u0644\u0639\u0631\u0627\u0642", "\u0627\u0644\u0639\u0640\u0631\u0627\u0642"],
  ["kurdistan-region", "Kurdistan Region", "\u0625\u0642\u0644\u064A\u0645 \u0643\u0631\u062F\u0633\u062A\u0627\u0646", "\u0627\u0642\u0644\u064A\u0645 \u0643\u0631\u062F\u0633\u062A\u0627\u0646", "\u0625\u0642\u0644\u064A\u0645 \u0643\u0631\u062F\u0633\u062A\u0627\u0646 \u0627\u0644\u0639\u0631\u0627\u0642"],
  ["erbil", "Erbil", "\u0623\u0631\u0628\u064A\u0644", "\u0627\u0631\u0628\u064A\u0644"],
  ["baghdad", "Baghdad", "\u0628\u063A\u062F\u0627\u062F"],
  ["anbar", "Anbar", "\u0627\u0644\u0623\u0646\u0628\u0627\u0631", "\u0645\u062D\u0627\u0641\u0638\u0629 \u0627\u0644\u0623\u0646\u0628\u0627\u0631"],
  ["deir-ez-zor", "Deir ez-Zor", "\u062F\u064A\u0631 \u0627\u0644\u0632\u0648\u0631", "\u062F\u064A\u0631  \u0627\u0644\u0632\u0648\u0631"],
  ["hasakah", "Al-Hasakah", "\u0627\u0644\u062D\u0633\u0643\u0629", "\u0645\u062D\u0627\u0641\u0638\u0629 \u0627\u0644\u062D\u0633\u0643\u0629"],
  ["raqqa", "Raqqa", "\u0627\u0644\u0631\u0642\u0629", "\u0627\u0644\u0631\u0642\u0647"],
  ["idlib", "Idlib", "\u0625\u062F\u0644\u0628", "\u0627\u062F\u0644\u0628"],
  ["aleppo", "Aleppo", "\u062D\u0644\u0628"],
  ["homs", "Homs", "\u062D\u0645\u0635"],
  ["damascus", "Damascus", "\u062F\u0645\u0634\u0642"],
  ["daraa", "Daraa", "\u062F\u0631\u0639\u0627"],
  ["latakia", "Latakia", "\u0627\u0644\u0644\u0627\u0630\u0642\u064A\u0629", "\u0627\u0644\u0644\u0627\u0630\u0642\u064A\u0647"],
  ["tartus", "Tartus", "\u0637\u0631\u0637\u0648\u0633"],
  ["nineveh", "Nineveh", "\u0646\u064A\u0646\u0648\u0649", "\u0645\u062D\u0627\u0641\u0638\u0629 \u0646\u064A\u0646\u0648\u0649"],
  ["mosul", "Mosul", "\u0627\u0644\u0645\u0648\u0635\u0644"],
  ["kirkuk", "Kirkuk", "\u0643\u0631\u0643\u0648\u0643"],
  ["basra", "Basra", "\u0627\u0644\u0628\u0635\u0631\u0629", "\u0627\u0644\u0628\u0635\u0631\u0647"],
  ["salahuddin", "Salahuddin", "\u0635\u0644\u0627\u062D \u0627\u0644\u062F\u064A\u0646"],
  ["diyala", "Diyala", "\u062F\u064A\u0627\u0644\u0649", "\u062F\u064A\u0627\u0644\u064A"],
  ["babil", "Babil", "\u0628\u0627\u0628\u0644"],
  ["najaf", "Najaf", "\u0627\u0644\u0646\u062C\u0641"],
  ["karbala", "Karbala", "\u0643\u0631\u0628\u0644\u0627\u0621"],
  ["sulaymaniyah", "Sulaymaniyah", "\u0627\u0644\u0633\u0644\u064A\u0645\u0627\u0646\u064A\u0629", "\u0627\u0644\u0633\u0644\u064A\u0645\u0627\u0646\u064A\u0647"],
  ["duhok", "Duhok", "\u062F\u0647\u0648\u0643"],
  ["tanf", "Al-Tanf", "\u0627\u0644\u062A\u0646\u0641"],
  ["qamishli", "Qamishli", "\u0627\u0644\u0642\u0627\u0645\u0634\u0644\u064A"],
  ["manbij", "Manbij", "\u0645\u0646\u0628\u062C"],
  ["jordan", "Jordan", "\u0627\u0644\u0623\u0631\u062F\u0646", "\u0627\u0644\u0627\u0631\u062F\u0646"],
  ["kuwait", "Kuwait", "\u0627\u0644\u0643\u0648\u064A\u062A"],
  ["qatar", "Qatar", "\u0642\u0637\u0631"],
  ["bahrain", "Bahrain", "\u0627\u0644\u0628\u062D\u0631\u064A\u0646"],
  ["lebanon", "Lebanon", "\u0644\u0628\u0646\u0627\u0646"],
  ["turkey", "Turkey", "\u062A\u0631\u0643\u064A\u0627"],
  ["golan", "Golan Heights", "\u0627\u0644\u062C\u0648\u0644\u0627\u0646", "\u0647\u0636\u0628\u0629 \u0627\u0644\u062C\u0648\u0644\u0627\u0646"],
  ["sinjar", "Sinjar", "\u0633\u0646\u062C\u0627\u0631"],
  ["tikrit", "Tikrit", "\u062A\u0643\u0631\u064A\u062A"],
  ["fallujah", "Fallujah", "\u0627\u0644\u0641\u0644\u0648\u062C\u0629", "\u0627\u0644\u0641\u0644\u0648\u062C\u0647"]
];
var FORCES = [
  ["us-forces", "US forces", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0623\u0645\u0631\u064A\u0643\u064A\u0629", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0623\u0645\u064A\u0631\u0643\u064A\u0629"],
  ["coalition-forces", "Coalition forces", "\u0642\u0648\u0627\u062A \u0627\u0644\u062A\u062D\u0627\u0644\u0641", "\u0642\u0648\u0627\u062A \u0627\u0644\u062A\u062D\u0627\u0644\u0641 \u0627\u0644\u062F\u0648\u0644\u064A"],
  ["turkish-forces", "Turkish forces", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u062A\u0631\u0643\u064A\u0629", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u062A\u0631\u0643\u064A\u0647"],
  ["russian-forces", "Russian forces", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0631\u0648\u0633\u064A\u0629", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0631\u0648\u0633\u064A\u0647"],
  ["iraqi-army", "Iraqi Army", "\u0627\u0644\u062C\u064A\u0634 \u0627\u0644\u0639\u0631\u0627\u0642\u064A"],
  ["peshmerga", "Peshmerga", "\u0627\u0644\u0628\u064A\u0634\u0645\u0631\u0643\u0629", "\u0627\u0644\u0628\u0634\u0645\u0631\u0643\u0629"],
  ["sdf", "Syrian Democratic Forces", "\u0642\u0648\u0627\u062A \u0633\u0648\u0631\u064A\u0627 \u0627\u0644\u062F\u064A\u0645\u0642\u0631\u0627\u0637\u064A\u0629", "\u0642\u0633\u062F"],
  ["pmf", "Popular Mobilization Forces", "\u0627\u0644\u062D\u0634\u062F \u0627\u0644\u0634\u0639\u0628\u064A", "\u0647\u064A\u0626\u0629 \u0627\u0644\u062D\u0634\u062F \u0627\u0644\u0634\u0639\u0628\u064A"],
  ["french-forces", "French forces", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0641\u0631\u0646\u0633\u064A\u0629"],
  ["british-forces", "British forces", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0628\u0631\u064A\u0637\u0627\u0646\u064A\u0629"],
  ["italian-forces", "Italian forces", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0625\u064A\u0637\u0627\u0644\u064A\u0629", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0627\u064A\u0637\u0627\u0644\u064A\u0629"],
  ["german-forces", "German forces", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0623\u0644\u0645\u0627\u0646\u064A\u0629", "\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0627\u0644\u0645\u0627\u0646\u064A\u0629"]
];
var UNIT_KINDS = [
  ["Brigade", "\u0627\u0644\u0644\u0648\u0627\u0621"],
  ["Battalion", "\u0627\u0644\u0643\u062A\u064A\u0628\u0629"],
  ["Regiment", "\u0627\u0644\u0641\u0648\u062C"],
  ["Task Force", "\u0642\u0648\u0629 \u0627\u0644\u0645\u0647\u0627\u0645"],
  ["Division", "\u0627\u0644\u0641\u0631\u0642\u0629"]
];
var SITE_STEMS = [
  ["Camp Victory", "\u0642\u0627\u0639\u062F\u0629 \u0627\u0644\u0646\u0635\u0631"],
  ["Ain al-Asad", "\u0639\u064A\u0646 \u0627\u0644\u0623\u0633\u062F"],
  ["Harir", "\u062D\u0631\u064A\u0631"],
  ["Al-Omar Field", "\u062D\u0642\u0644 \u0627\u0644\u0639\u0645\u0631"],
  ["Conoco", "\u0643\u0648\u0646\u064A\u0643\u0648"],
  ["Rumeilan", "\u0631\u0645\u064A\u0644\u0627\u0646"],
  ["Shaddadi", "\u0627\u0644\u0634\u062F\u0627\u062F\u064A"],
  ["Tower 22", "\u0627\u0644\u0628\u0631\u062C 22"],
  ["Union III", "\u064A\u0648\u0646\u064A\u0648\u0646 3"],
  ["Taji", "\u0627\u0644\u062A\u0627\u062C\u064A"],
  ["Balad", "\u0628\u0644\u062F"],
  ["Qayyarah", "\u0627\u0644\u0642\u064A\u0627\u0631\u0629"],
  ["Kharab al-Jir", "\u062E\u0631\u0627\u0628 \u0627\u0644\u062C\u064A\u0631"],
  ["Tel Baydar", "\u062A\u0644 \u0628\u064A\u062F\u0631"],
  ["Green Village", "\u0627\u0644\u0642\u0631\u064A\u0629 \u0627\u0644\u062E\u0636\u0631\u0627\u0621"],
  ["Mission Support Site", "\u0645\u0648\u0642\u0639 \u0627\u0644\u062F\u0639\u0645"]
];
var OUTLET_WORDS_EN = ["Al-Rafidain", "Tigris", "Euphrates", "Levant", "Crescent", "Gulf", "Orient", "Northern", "Desert", "Capital", "Daily", "Evening"];
var OUTLET_WORDS_AR = ["\u0627\u0644\u0631\u0627\u0641\u062F\u064A\u0646", "\u062F\u062C\u0644\u0629", "\u0627\u0644\u0641\u0631\u0627\u062A", "\u0627\u0644\u0634\u0627\u0645", "\u0627\u0644\u0647\u0644\u0627\u0644", "\u0627\u0644\u062E\u0644\u064A\u062C", "\u0627\u0644\u0634\u0631\u0642", "\u0627\u0644\u0634\u0645\u0627\u0644", "\u0627\u0644\u0635\u062D\u0631\u0627\u0621", "\u0627\u0644\u0639\u0627\u0635\u0645\u0629", "\u0627\u0644\u064A\u0648\u0645\u064A\u0629", "\u0627\u0644\u0645\u0633\u0627\u0621"];
var OUTLET_KINDS_EN = ["News", "Times", "Post", "Herald", "Observer", "TV", "Radio", "Monitor", "Tribune", "Review"];
var OUTLET_KINDS_AR = ["\u0646\u064A\u0648\u0632", "\u062A\u0627\u064A\u0645\u0632", "\u0628\u0648\u0633\u062A", "\u0627\u0644\u062E\u0628\u0631", "\u0627\u0644\u0645\u0631\u0635\u062F", "\u062A\u064A \u0641\u064A", "\u0631\u0627\u062F\u064A\u0648", "\u0645\u0648\u0646\u064A\u062A\u0648\u0631", "\u062A\u0631\u064A\u0628\u064A\u0648\u0646", "\u0631\u064A\u0641\u064A\u0648"];
var AGENCIES = ["afp", "reuters", "ap", "anadolu", "ina", "sana", "irna", "tass", "dpa", "efe", "xinhua", "kuna", "wam", "mena", "qna", "bna", "petra", "nna", "rudaw", "shafaq"];
var MINISTRIES = [
  "defense-iraq",
  "interior-iraq",
  "foreign-iraq",
  "defense-syria",
  "interior-syria",
  "foreign-syria",
  "defense-us",
  "state-us",
  "defense-turkey",
  "foreign-turkey",
  "defense-russia",
  "foreign-russia",
  "defense-france",
  "defense-uk",
  "defense-italy",
  "defense-germany",
  "krg-peshmerga",
  "krg-interior",
  "foreign-jordan",
  "foreign-kuwait",
  "foreign-qatar",
  "foreign-iran",
  "defense-iran",
  "foreign-lebanon",
  "pmf-commission",
  "joint-operations-command",
  "centcom",
  "nato",
  "un-unami",
  "un-ocha"
];
var OUTLET_COUNT = 400;
var GROUPS_PER_FAMILY = 20;
var GROUPS_PER_SITE = 6;
var PROPERTY_IDS = ["troop-count", "attack-count", "withdrawal-deadline"];
function buildPools(seed, subjectCount, siteCount) {
  const rng = mulberry32(mix(seed, 4294967295));
  const sources = [];
  const outlets = [];
  for (let i = 0; i < OUTLET_COUNT; i++) {
    const w = i % OUTLET_WORDS_EN.length;
    const k = Math.floor(i / OUTLET_WORDS_EN.length) % OUTLET_KINDS_EN.length;
    const n = Math.floor(i / (OUTLET_WORDS_EN.length * OUTLET_KINDS_EN.length));
    const suffix = n === 0 ? "" : ` ${n + 1}`;
    const id = `outlet-${String(i + 1).padStart(3, "0")}`;
    const en = `${OUTLET_WORDS_EN[w]} ${OUTLET_KINDS_EN[k]}${suffix}`;
    const ar = `${OUTLET_WORDS_AR[w]} ${OUTLET_KINDS_AR[k]}${suffix}`;
    const source = { id, name: chance(rng, 0.5) ? `${en} (${ar})` : en, kind: "outlet" };
    if (chance(rng, 0.6)) source.url = `https://${id}.example.org`;
    if (chance(rng, 0.3)) source.reliability = Math.round(rng() * 100) / 100;
    sources.push(source);
    outlets.push(id);
  }
  const agencies = AGENCIES.map((name) => `agency-${name}`);
  for (const id of agencies) sources.push({ id, name: `${id.slice(7).toUpperCase()} news agency`, kind: "agency" });
  const ministries = MINISTRIES.map((name) => `ministry-${name}`);
  for (const id of ministries) sources.push({ id, name: `Ministry / body: ${id.slice(9).replaceAll("-", " ")}`, kind: "official" });
  const entities = [];
  const listed = (labels) => labels.filter((label) => !WRITTEN_ONLY.has(label));
  for (const [id, ...labels] of PLACES) entities.push({ id, labels: listed(labels), kind: "place" });
  const subjects = [];
  for (let s = 0; s < subjectCount; s++) {
    if (s < FORCES.length) {
      subjects.push(FORCES[s]);
    } else {
      const n = s - FORCES.length + 1;
      const [en, ar] = UNIT_KINDS[n % UNIT_KINDS.length];
      subjects.push([`unit-${n}`, `${en} ${n}`, `${ar} ${n}`]);
    }
    const [id, ...labels] = subjects[s];
    entities.push({ id, labels: listed(labels), kind: s < FORCES.length ? "force" : "unit" });
  }
  const sites = [];
  for (let i = 0; i < siteCount; i++) {
    const [en, ar] = SITE_STEMS[i % SITE_STEMS.length];
    const n = Math.floor(i / SITE_STEMS.length);
    const spellings = n === 0 ? [`site-${i}`, en, ar] : [`site-${i}`, `${en} ${n + 1}`, `${ar} ${n + 1}`];
    sites.push({ spellings, place: int(rng, 0, PLACES.length - 1) });
    entities.push({ id: `site-${i}`, labels: spellings.slice(1), kind: "base" });
  }
  return { sources, outlets, agencies, ministries, subjects, sites, entities };
}
var PROPERTIES = [
  { id: "troop-count", type: "quantity", temporal: "state", unit: "troops", description: "Troops deployed" },
  { id: "attack-count", type: "quantity", temporal: "cumulative", unit: "attacks", description: "Attacks since 2023-10-17" },
  { id: "withdrawal-deadline", type: "date", temporal: "static", description: "When the forces are to have left" }
];
function layout(options) {
  const full = {
    claims: options.claims,
    seed: options.seed,
    bigGroups: options.bigGroups ?? 0,
    bigGroupSize: options.bigGroupSize ?? 1e5
  };
  const { claims, seed, bigGroups, bigGroupSize } = full;
  for (const [name, value] of Object.entries(full)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of at least 0`);
  }
  const regular = claims - bigGroups * bigGroupSize;
  if (regular < 0) throw new RangeError(`${bigGroups} big groups of ${bigGroupSize} claims need at least ${bigGroups * bigGroupSize} claims`);
  const groupCount = regular === 0 ? 0 : Math.max(1, Math.floor(regular / 10));
  const minSize = Math.min(3, Math.floor(regular / Math.max(1, groupCount)));
  const maxSize = 200;
  const rng = mulberry32(mix(seed, 4294967294));
  const sizes = new Int32Array(groupCount);
  let total = 0;
  for (let g = 0; g < groupCount; g++) {
    sizes[g] = Math.min(maxSize, minSize + Math.floor(-Math.log(1 - rng()) * 7));
    total += sizes[g];
  }
  while (total !== regular) {
    const g = Math.floor(rng() * groupCount);
    if (total < regular && sizes[g] < maxSize) {
      sizes[g]++;
      total++;
    } else if (total > regular && sizes[g] > minSize) {
      sizes[g]--;
      total--;
    }
  }
  const regularSubjects = Math.max(1, Math.ceil(groupCount / (PROPERTY_IDS.length * GROUPS_PER_FAMILY)));
  const siteCount = Math.max(GROUPS_PER_FAMILY, Math.ceil((groupCount + bigGroups) / GROUPS_PER_SITE));
  const pools = buildPools(seed, regularSubjects + bigGroups, siteCount);
  return { options: full, sizes, pools, regularSubjects };
}
function placeGroup(lay, g) {
  const { pools, regularSubjects } = lay;
  const groupCount = lay.sizes.length;
  const siteCount = pools.sites.length;
  if (g >= groupCount) {
    const b = g - groupCount;
    const site2 = b * 7919 % siteCount;
    return { subject: regularSubjects + b, property: 0, site: site2, place: pools.sites[site2].place };
  }
  const property = g % PROPERTY_IDS.length;
  const rest = Math.floor(g / PROPERTY_IDS.length);
  const subject = Math.floor(rest / GROUPS_PER_FAMILY) % regularSubjects;
  const slot = rest % GROUPS_PER_FAMILY;
  if (slot === 0) return { subject, property, site: -1, place: subject * 13 % PLACES.length };
  const site = (subject * GROUPS_PER_FAMILY + slot) % siteCount;
  return { subject, property, site, place: pools.sites[site].place };
}
var round = (x, step) => Math.max(step, Math.round(x / step) * step);
var thousands = (n) => n.toLocaleString("en-US");
function spell(rng, spellings) {
  const u = rng();
  if (u < 0.35) return spellings[0];
  if (u < 0.65) return spellings[1];
  return spellings[2 + Math.floor(rng() * (spellings.length - 2))] ?? spellings[1];
}
function groupClaims(lay, g) {
  const { pools } = lay;
  const big = g >= lay.sizes.length;
  const size2 = big ? lay.options.bigGroupSize : lay.sizes[g];
  const rng = mulberry32(mix(lay.options.seed, g));
  const where = placeGroup(lay, g);
  const property = PROPERTY_IDS[where.property];
  const subjectSpellings = pools.subjects[where.subject];
  const placeSpellings = PLACES[where.place];
  const siteSpellings = where.site >= 0 ? pools.sites[where.site].spellings : void 0;
  const placeAr = placeSpellings[2];
  const placeEn = placeSpellings[1];
  const sourceCount = Math.min(size2, big ? 50 : int(rng, 3, 50));
  const groupSources = [];
  const seen = /* @__PURE__ */ new Set();
  while (groupSources.length < Math.min(sourceCount, 3)) {
    const id = chance(rng, 0.9) ? pick(rng, pools.outlets) : pick(rng, pools.ministries);
    if (!seen.has(id)) groupSources.push(id), seen.add(id);
  }
  while (groupSources.length < sourceCount) {
    const id = chance(rng, 0.9) ? pick(rng, pools.outlets) : pick(rng, pools.ministries);
    if (!seen.has(id)) groupSources.push(id), seen.add(id);
  }
  const groupAgencies = [pick(rng, pools.agencies), pick(rng, pools.agencies)];
  const groupMinistries = [pick(rng, pools.ministries), pick(rng, pools.ministries)];
  const figure = round(Math.exp(Math.log(80) + rng() * Math.log(6e3 / 80)), 10);
  const stepDay = chance(rng, 0.2) ? int(rng, 60, PUBLISHED_DAYS - 60) : Infinity;
  const afterStep = round(figure * (0.4 + rng() * 0.3), 10);
  const plannedFigure = round(figure * (0.3 + rng() * 0.3), 10);
  const baseAttacks = int(rng, 20, 400);
  const attackRate = 0.05 + rng() * 1.5;
  const attacks = (day) => baseAttacks + Math.floor(attackRate * Math.max(0, day));
  const deadline = int(rng, 14, 41);
  const drafts = [];
  for (let k = 0; k < size2; k++) {
    const day = int(rng, 0, PUBLISHED_DAYS - 1);
    const source = k < sourceCount ? groupSources[k] : pick(rng, groupSources);
    const claim2 = { subject: spell(rng, subjectSpellings), property, value: 0, source, published: isoDay(day) };
    if (!chance(rng, 5e-3)) {
      claim2.scope = siteSpellings ? { location: spell(rng, placeSpellings), site: spell(rng, siteSpellings) } : { location: spell(rng, placeSpellings) };
    }
    let time2 = day;
    let monthly = false;
    const t2 = rng();
    if (t2 < 0.2) {
      time2 = day - int(rng, 1, 20);
      claim2.asOf = isoDay(time2);
    } else if (t2 < 0.25 && property !== "withdrawal-deadline") {
      const month = monthOfDay(day);
      time2 = firstDayOfMonth(month);
      monthly = true;
      claim2.asOf = isoMonth(month);
    }
    const disagrees = chance(rng, 0.05);
    const arabic = chance(rng, 0.5);
    let quoteText;
    if (property === "troop-count") {
      const planned = chance(rng, 0.04);
      let x = planned ? plannedFigure : time2 < stepDay ? figure : afterStep;
      if (planned) claim2.modality = "planned";
      if (disagrees) x = round(chance(rng, 0.5) ? x * (1.6 + rng()) : x * (0.3 + rng() * 0.25), 10);
      const u = rng();
      if (disagrees) claim2.value = u < 0.5 ? x : `~${x}`;
      else if (u < 0.3) claim2.value = x;
      else if (u < 0.55) claim2.value = `~${round(x * (0.96 + rng() * 0.08), 10)}`;
      else if (u < 0.65) claim2.value = x >= 1e3 ? thousands(x) : x;
      else if (u < 0.75) claim2.value = `${chance(rng, 0.5) ? ">=" : ">"}${round(x * 0.8, 10)}`;
      else if (u < 0.85) claim2.value = `${round(x * 0.9, 10)}..${round(x * 1.1, 10)}`;
      else if (u < 0.9) claim2.value = `<=${round(x * 1.2, 100)}`;
      else if (u < 0.95) claim2.value = { amount: round(x * (0.97 + rng() * 0.06), 10), approx: true };
      else claim2.value = { min: round(x * 0.85, 10) };
      quoteText = arabic ? `${planned ? "\u0645\u0646 \u0627\u0644\u0645\u0642\u0631\u0631 \u0625\u0628\u0642\u0627\u0621" : "\u0646\u062D\u0648"} ${x} \u062C\u0646\u062F\u064A \u0641\u064A ${placeAr}` : `${planned ? "plans to keep" : "about"} ${x} troops in ${placeEn}`;
    } else if (property === "attack-count") {
      let x = attacks(time2);
      if (disagrees) x = chance(rng, 0.5) ? Math.max(1, Math.floor(x * 0.4)) : Math.ceil(x * 2.5) + 50;
      const u = rng();
      if (monthly && !disagrees) claim2.value = `>=${x}`;
      else if (disagrees || u < 0.45) claim2.value = x;
      else if (u < 0.75) claim2.value = `${chance(rng, 0.5) ? ">=" : ">"}${Math.floor(x * 0.9)}`;
      else if (u < 0.9) claim2.value = `~${x}`;
      else claim2.value = `${Math.floor(x * 0.95)}..${Math.ceil(x * 1.05)}`;
      quoteText = arabic ? `\u0623\u0643\u062B\u0631 \u0645\u0646 ${x} \u0647\u062C\u0648\u0645\u0627\u064B \u0639\u0644\u0649 \u0627\u0644\u0642\u0648\u0627\u062A \u0641\u064A ${placeAr}` : `more than ${x} attacks on forces in ${placeEn}`;
    } else {
      if (chance(rng, 0.75)) claim2.modality = "planned";
      const m = disagrees ? deadline + int(rng, 7, 18) : deadline;
      const year = 2024 + Math.floor(m / 12);
      const month = m % 12;
      const u = rng();
      if (disagrees || u < 0.35) claim2.value = isoMonth(m);
      else if (u < 0.5) claim2.value = isoDay(chance(rng, 0.6) ? lastDayOfMonth(m) : int(rng, firstDayOfMonth(m), lastDayOfMonth(m)));
      else if (u < 0.65) claim2.value = `${year}-Q${Math.floor(month / 3) + 1}`;
      else if (u < 0.75) claim2.value = `${year}-H${month < 6 ? 1 : 2}`;
      else if (u < 0.85) claim2.value = `${isoMonth(m)}~`;
      else if (u < 0.95) claim2.value = `../${isoMonth(m)}`;
      else claim2.value = String(year);
      quoteText = arabic ? `\u062A\u0646\u062A\u0647\u064A \u0627\u0644\u0645\u0647\u0645\u0629 \u0641\u064A ${placeAr} \u0628\u062D\u0644\u0648\u0644 ${MONTHS_AR[month]} ${year}` : `the mission in ${placeEn} will end by ${MONTHS_EN[month]} ${year}`;
    }
    const a = rng();
    if (a < 0.2) claim2.attribution = [pick(rng, groupAgencies)];
    else if (a < 0.32) claim2.attribution = [pick(rng, groupAgencies), pick(rng, groupMinistries)];
    else if (a < 0.4) claim2.attribution = [pick(rng, groupMinistries)];
    if (chance(rng, 0.03)) claim2.document = `${source}-${claim2.published}-live`;
    if (chance(rng, 0.3)) claim2.quote = quoteText;
    if (chance(rng, 0.15)) claim2.url = `https://${source}.example.org/${claim2.published.replaceAll("-", "/")}/${property}-${g}-${k}`;
    drafts.push({ day, claim: inModelOrder(claim2) });
  }
  return drafts;
}
function inModelOrder(claim2) {
  const { subject, property, scope, value, source, published, asOf, document, attribution, modality, quote: quote2, url } = claim2;
  return {
    subject,
    property,
    ...scope === void 0 ? {} : { scope },
    value,
    source,
    published,
    ...asOf === void 0 ? {} : { asOf },
    ...document === void 0 ? {} : { document },
    ...attribution === void 0 ? {} : { attribution },
    ...modality === void 0 ? {} : { modality },
    ...quote2 === void 0 ? {} : { quote: quote2 },
    ...url === void 0 ? {} : { url }
  };
}
var WINDOW = 500;
function* claimsOf(lay) {
  const groupCount = lay.sizes.length + lay.options.bigGroups;
  let next = 1;
  for (let start2 = 0; start2 < groupCount; start2 += WINDOW) {
    const drafts = [];
    for (let g = start2; g < Math.min(groupCount, start2 + WINDOW); g++) for (const d of groupClaims(lay, g)) drafts.push(d);
    const order = drafts.map((_, i) => i).sort((a, b) => drafts[a].day - drafts[b].day || a - b);
    for (const i of order) {
      const { claim: claim2 } = drafts[i];
      yield { id: `c${String(next++).padStart(7, "0")}`, ...claim2 };
    }
  }
}
function headerOf(lay) {
  return {
    $schema: "https://unpkg.com/corroborate/schemas/claim-set.schema.json",
    sources: lay.pools.sources,
    entities: lay.pools.entities,
    properties: PROPERTIES
  };
}
function generateClaimSet(options) {
  const lay = layout(options);
  return { ...headerOf(lay), claims: [...claimsOf(lay)] };
}
function* claimSetChunks(options) {
  const lay = layout(options);
  const chunkSize = options.chunkSize ?? 1 << 20;
  let buffer = "";
  if (!options.ndjson) {
    const header = headerOf(lay);
    buffer += `{
"$schema": ${JSON.stringify(header.$schema)},
`;
    buffer += `"sources": [
${header.sources.map((s) => JSON.stringify(s)).join(",\n")}
],
`;
    buffer += `"entities": [
${header.entities.map((e) => JSON.stringify(e)).join(",\n")}
],
`;
    buffer += `"properties": [
${header.properties.map((p) => JSON.stringify(p)).join(",\n")}
],
"claims": [
`;
  }
  let first = true;
  for (const claim2 of claimsOf(lay)) {
    buffer += options.ndjson ? `${JSON.stringify(claim2)}
` : `${first ? "" : ",\n"}${JSON.stringify(claim2)}`;
    first = false;
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = "";
    }
  }
  if (!options.ndjson) buffer += "\n]\n}\n";
  if (buffer.length > 0) yield buffer;
}
function writeClaimSet(path, options) {
  const fd = openSync(path, "w");
  let bytes = 0;
  try {
    for (const chunk of claimSetChunks(options)) {
      const data = Buffer.from(chunk, "utf8");
      for (let offset = 0; offset < data.length; ) offset += writeSync(fd, data, offset);
      bytes += data.length;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}
function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      claims: { type: "string" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      ndjson: { type: "boolean", default: false },
      "big-groups": { type: "string", default: "0" },
      "big-group-size": { type: "string", default: "100000" }
    },
    strict: true
  });
  if (values.claims === void 0 || values.out === void 0) {
    process.stderr.write("usage: tsx bench/generate.ts --claims N [--seed S] --out FILE [--ndjson] [--big-groups B] [--big-group-size M]\n");
    process.exitCode = 2;
    return;
  }
  const options = {
    claims: Number(values.claims),
    seed: Number(values.seed),
    bigGroups: Number(values["big-groups"]),
    bigGroupSize: Number(values["big-group-size"]),
    ndjson: values.ndjson
  };
  const started = performance.now();
  let bytes;
  try {
    bytes = writeClaimSet(values.out, options);
  } catch (error2) {
    process.stderr.write(`generate: ${error2 instanceof Error ? error2.message : String(error2)}
`);
    process.exitCode = 2;
    return;
  }
  const seconds = (performance.now() - started) / 1e3;
  process.stderr.write(`${values.out}: ${options.claims} claims, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${seconds.toFixed(1)} s
`);
}
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick2,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start2 = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start2, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t2 = typeof data;
  switch (t2) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t2}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick2(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start2, inst) {
  var _a3;
  for (let i = start2; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t2 = typeof data;
  switch (t2) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t2;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own3 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own3;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own3;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r2, ctx) => r2.issues.length ? { issues: r2.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r2.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r2 = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r2 instanceof Promise))
          return toStandardResult(r2, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size2) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size2(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start2 = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start2].continue = false;
          attachSchema(payload.issues, start2, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t2 = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t2 === "never")
        unrecognized.push(key);
      continue;
    }
    if (t2 === "never") {
      unrecognized.push(key);
      continue;
    }
    const r2 = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r2 instanceof Promise) {
      proms.push(r2.then((r3) => handlePropertyResult(r3, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r2, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r2 = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r2 instanceof Promise) {
        proms.push(r2.then((r3) => handlePropertyResult(r3, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r2, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids2 = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids2[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids2[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r2) => !aborted(r2));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
function discriminatorMap(def) {
  const map = /* @__PURE__ */ new Map();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
    for (const value of values) {
      if (map.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map.set(value, null);
      } else {
        map.set(value, option);
      }
    }
  }
  return map;
}
var $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
  def.inclusive = false;
  $ZodUnion.init(inst, def);
  const _super = inst._zod.parse;
  defineLazyInternal(inst, "propValues", (zod) => {
    const propValues = {};
    let undefinedCount = 0;
    for (const option of zod.def.options) {
      const pv = option._zod.propValues;
      if (!pv || Object.keys(pv).length === 0)
        throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
      if (pv[zod.def.discriminator]?.has(void 0))
        undefinedCount++;
      for (const [k, v] of Object.entries(pv)) {
        if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
          assignProp(propValues, k, /* @__PURE__ */ new Set());
        }
        for (const val of v) {
          propValues[k].add(val);
        }
      }
    }
    if (!zod.def.unionFallback && undefinedCount > 1)
      propValues[zod.def.discriminator]?.delete(void 0);
    return propValues;
  });
  def.options.forEach((option, i) => {
    const propShape = rawShape(option._zod.def);
    if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
      throw new Error(`Invalid discriminated union option at index "${i}"`);
    }
  });
  const disc = cached(() => discriminatorMap(def));
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isObject(input)) {
      payload.issues.push({
        code: "invalid_type",
        expected: "object",
        input,
        inst
      });
      return payload;
    }
    const value = input?.[def.discriminator];
    const opt = disc.value.get(value);
    if (opt && (value !== void 0 || ctx.direction !== "backward")) {
      return opt._zod.run(payload, ctx);
    }
    if (def.unionFallback || ctx.direction === "backward") {
      return _super(payload, ctx);
    }
    payload.issues.push({
      code: "invalid_union",
      errors: [],
      note: "No matching discriminator",
      discriminator: def.discriminator,
      options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
      input,
      path: [def.discriminator],
      inst
    });
    return payload;
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side2) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side2] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r2 = def.fn(input);
    if (r2 instanceof Promise) {
      return r2.then((r3) => handleRefineResult(r3, payload, input, inst));
    }
    handleRefineResult(r2, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check2 = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check2(def.catchall);
      break;
    }
    case "array":
      check2(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check2(el);
      check2(def.rest);
      break;
    case "record":
    case "map":
      check2(def.keyType);
      check2(def.valueType);
      break;
    case "set":
      check2(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check2(el);
      break;
    case "intersection":
      check2(def.left);
      check2(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check2(def.innerType);
      break;
    case "pipe":
      check2(def.in);
      check2(def.out);
      break;
    case "function":
      check2(def.input);
      check2(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check2(value);
        else if (Array.isArray(value))
          for (const el of value)
            check2(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry2 = { value: empty, issues: null };
    bucket.set(payload.value, entry2);
    open.push(entry2);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry2 = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r2) => {
            if (entry2)
              entry2.issues = r2.issues.length ? cloneIssues(r2.issues) : NO_ISSUES;
            return r2;
          });
        }
        if (entry2)
          entry2.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry2 of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry2[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry2[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry2[0]);
    }
  }
  const makeURI = (entry2) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry2[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry2[1].defId ?? entry2[1].schema.id ?? `schema${ctx.counter++}`;
      entry2[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry2[1] === root && !entry2[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry2[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry2) => {
    if (entry2[1].schema.$ref) {
      return;
    }
    const seen = entry2[1];
    const { ref, defId } = makeURI(entry2);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry2 of ctx.seen.entries()) {
      const seen = entry2[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry2 of ctx.seen.entries()) {
    const seen = entry2[1];
    if (schema === entry2[0]) {
      extractToDef(entry2);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry2[0])?.id;
      if (schema !== entry2[0] && ext) {
        extractToDef(entry2);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry2[0])?.id;
    if (id) {
      extractToDef(entry2);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry2);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry2);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded2 = { type: "object", properties };
  if (required2.size)
    folded2.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded2.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded2.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded2.additionalProperties = { allOf: constraints };
  }
  return folded2;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded2 = null;
  if (!unions.length) {
    folded2 = foldObjects(allOf);
  } else {
    const union3 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union3[k]));
    if (Object.keys(union3).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union3);
    const branches = union3[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded2 = { [keyword]: branches };
  }
  if (!folded2)
    return;
  delete json.allOf;
  assignProps(json, folded2);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry2 of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry2[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry2 of ctx.seen.entries()) {
        compactTypeUnion(entry2[1].def ?? entry2[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry2 of ctx.seen.entries()) {
      const seen = entry2[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var literalProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json.enum = [val];
    } else {
      json.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json.type = "boolean";
    if (vals.every((v) => v === null))
      json.type = "null";
    json.enum = vals;
  }
};
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t2) => t2 === "number" || t2 === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry2 of ctx.seen.values()) {
    if (entry2.def && !bySchema.has(entry2.schema))
      bySchema.set(entry2.schema, entry2);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry2 of ctx.seen.values()) {
    for (const carrier of [entry2.schema, entry2.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema2 = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema2);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self2) => (mapper) => formatError(self2, mapper));
  _lazyMethod(proto, "flatten", (self2) => (mapper) => flattenError(self2, mapper));
  _lazyMethod(proto, "addIssue", (self2) => (issue2) => {
    self2.issues.push(issue2);
    self2.message = JSON.stringify(self2.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self2) => (issues2) => {
    self2.issues.push(...issues2);
    self2.message = JSON.stringify(self2.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check2, params) {
    return this.check(refine(check2, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int2(params));
    },
    safe(params) {
      return this.check(int2(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int2(params) {
  return _int(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self2) => self2._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodDiscriminatedUnion", (inst, def) => {
  ZodUnion.init(inst, def);
  $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
  return new ZodDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
  inst.values = new Set(def.values);
  Object.defineProperty(inst, "value", {
    get() {
      if (def.values.length > 1) {
        throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
      }
      return def.values[0];
    }
  });
});
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/internal/quote.ts
var MAX_QUOTED = 60;
function quote(s) {
  const head = Array.from(s.length > MAX_QUOTED * 2 ? s.slice(0, MAX_QUOTED * 2) : s);
  const cut = s.length > MAX_QUOTED * 2 || head.length > MAX_QUOTED;
  return `"${cut ? head.slice(0, MAX_QUOTED).join("") + "\u2026" : s}"`;
}
function describe2(raw) {
  if (typeof raw === "string") return quote(raw);
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  if (raw === null) return "null";
  if (raw === void 0) return "nothing";
  if (Array.isArray(raw)) return "a list";
  if (typeof raw === "object") return "an object";
  return `a ${typeof raw}`;
}

// src/model/claim-set.ts
var RESERVED_KEYS = ["__proto__", "constructor", "prototype"];
var nonBlank = (description) => string2().regex(/\S/, { error: "must not be empty" }).meta({ description });
var DATE_PART = String.raw`(?:\d{4}(?:-(?:\d{2}(?:-\d{2})?|[QqHh]\d))?~?)`;
var DATE_PATTERN = new RegExp(
  String.raw`^(?:${DATE_PART}|(?:${DATE_PART}|\.\.)/(?:${DATE_PART}|\.\.))$`
);
var dateString = (description) => string2().regex(DATE_PATTERN, {
  error: (issue2) => `cannot read ${describe2(issue2.input)} as a date; write a date such as 2025-04-20, 2025-09, 2026-Q4 or 2025-09/2026-12`
}).meta({ description });
var unitField = string2().meta({ description: 'Unit of the figure, free text (e.g. "troops").' });
var quantityObjectSchema = strictObject({
  amount: number2().optional().meta({ description: "The figure stated." }),
  approx: boolean2().optional().meta({ description: "The figure is approximate: \xB1 the property's `approx` (10 % by default)." }),
  min: number2().optional().meta({ description: "Lower bound (inclusive unless `minExclusive`)." }),
  max: number2().optional().meta({ description: "Upper bound (inclusive unless `maxExclusive`)." }),
  minExclusive: boolean2().optional().meta({ description: 'The lower bound itself is excluded ("more than").' }),
  maxExclusive: boolean2().optional().meta({ description: 'The upper bound itself is excluded ("less than").' }),
  unit: unitField.optional()
}).meta({
  id: "QuantityObject",
  title: "Quantity (structured)",
  description: 'A figure, an approximate figure, or bounds: { "amount": 1400, "approx": true }, { "min": 70 }, { "min": 2000, "max": 2500 }.'
});
var claimValueSchema = union([number2(), string2(), boolean2(), quantityObjectSchema]).meta({
  id: "ClaimValue",
  title: "Value",
  description: 'What the claim states. Quantities: 900, "1,400", "~1400", ">=70", "<1000", "2000..2500" or an object. Dates: "2026", "2025-09", "2025-04-20", "2026-Q4", "2026-H2", "2025-09/2026-12", "../2026-09", "2025-09~". Also true/false, or text (matched through entity labels).'
});
var sourceSchema = strictObject({
  id: nonBlank("Identifier used by claims' `source` and `attribution`."),
  name: string2().optional().meta({ description: "Display name." }),
  kind: string2().optional().meta({ description: 'What kind of source this is, free text: "outlet", "official", "agency", "person"\u2026' }),
  url: string2().optional().meta({ description: "Home page or profile." }),
  reliability: number2().min(0, { error: "must be between 0 and 1" }).max(1, { error: "must be between 0 and 1" }).optional().meta({ description: "Prior reliability, from 0 (none) to 1 (full)." })
}).meta({ id: "Source", title: "Source", description: "Who publishes or is cited." });
var entitySchema = strictObject({
  id: nonBlank("Canonical identifier."),
  labels: array(nonBlank("A name of the entity, in any language or script.")).optional().meta({ description: 'Names and spellings that mean this entity, in any language (e.g. "Victory", "\u0627\u0644\u0646\u0635\u0631").' }),
  kind: string2().optional().meta({ description: 'What the entity is, free text: "place", "base", "force"\u2026' }),
  partOf: array(nonBlank("The id of an entity that contains this one.")).optional().meta({
    description: "Ids of entities that contain this one (Erbil is part of the Kurdistan Region): transitive, never a cycle. Claims scoped to a part and to its whole are compared by the containment rule."
  }),
  note: string2().optional().meta({ description: "Free-text note for editors." })
}).meta({
  id: "Entity",
  title: "Entity",
  description: "A canonical id and its aliases. Subjects, scope values, text values and sources are matched against labels ignoring case, spacing, diacritics, tatweel and Arabic letter variants."
});
var valueTypeSchema = _enum(["quantity", "date", "boolean", "text"]).meta({ description: "How values of the property are read and compared." });
var temporalSchema = _enum(["static", "state", "cumulative"]).meta({
  description: "static: never changes (an event's date); state: changes over time (a troop count); cumulative: never decreases (attacks since a date)."
});
var nestingSchema = _enum(["sum", "within", "none"]).meta({
  description: "How a part's value relates to its whole's (entities' partOf): sum (a count for a part cannot exceed its whole's; the default for quantities), within (a date for a part cannot end later than its whole's: a presence or a deadline), none (not compared; the default for dates, booleans and text)."
});
var cardinalitySchema = _enum(["one", "many"]).meta({ description: "many: several values may all be true at once (destinations of a convoy)." });
var durationString = (description) => string2().regex(/^P(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/, {
  error: "must be an ISO 8601 duration such as P30D, P2W, P1M or P1Y"
}).meta({ description });
var propertySchema = strictObject({
  id: nonBlank("Identifier used by claims' `property`."),
  type: valueTypeSchema.optional(),
  temporal: temporalSchema.optional(),
  tolerance: union([
    number2().min(0, { error: "must not be negative" }),
    durationString("For dates: how many days apart two dates may be and still agree.")
  ]).optional().meta({
    description: 'Quantities: relative tolerance of exact figures (0.02 = 2 %). Dates: an ISO 8601 duration ("P15D"). Default 0.'
  }),
  approx: number2().min(0, { error: "must not be negative" }).optional().meta({ description: "Relative width of approximate (~) figures. Default 0.1." }),
  window: durationString(
    "How far apart two claims about a changing value may be and still describe the same moment. Default P30D."
  ).optional(),
  cardinality: cardinalitySchema.optional(),
  unit: unitField.optional(),
  label: string2().optional().meta({ description: 'How messages name the property ("attacks on US forces"); default: its id, dashes as spaces.' }),
  nesting: nestingSchema.optional(),
  description: string2().optional().meta({ description: "What the property means, for readers of the report." })
}).meta({ id: "Property", title: "Property", description: "How values of a property compare (DESIGN \xA73)." });
var modalitySchema = _enum(["asserted", "planned", "denied"]).meta({
  description: "asserted (default): the source states it; planned: a plan or deadline; denied: the source denies it."
});
var scopeKey = string2().regex(/\S/, { error: "must not be empty" }).regex(/^(?!(?:__proto__|constructor|prototype)$)/, { error: "is a reserved name" });
var scopeSchema = record(scopeKey, nonBlank("Entity id or label.")).meta({
  id: "Scope",
  title: "Scope",
  description: 'Qualifiers that partition the statement, e.g. { "location": "syria" }. Values match entity labels.'
});
var documentSchema = strictObject({
  id: nonBlank("Identifier used by claims' `document`."),
  source: nonBlank("Who published it: claims that name no source take this one.").optional(),
  title: string2().optional().meta({ description: "The document's title, as messages name it." }),
  url: string2().optional().meta({ description: "Where it can be read." }),
  published: dateString(
    'When it was published, in the date grammar: a day, month or year, or bounds read from its text ("2025-06/..": some time after June 2025). Claims that give no `published` take this one.'
  ).optional(),
  note: string2().optional().meta({ description: "Free-text note for editors." })
}).meta({ id: "Document", title: "Document", description: "An article or statement that claims come from." });
var claimSchema = strictObject({
  id: nonBlank("Unique identifier of the claim."),
  subject: nonBlank("Who or what the claim is about: an entity id or any of its labels."),
  property: nonBlank("What is stated about the subject: a property id."),
  scope: scopeSchema.optional(),
  value: claimValueSchema,
  source: nonBlank("Who published the claim: a source id or entity label; may be left to its document's.").optional(),
  published: dateString("When the source published the claim.").optional(),
  asOf: dateString("When the value holds; defaults to `published`.").optional(),
  document: string2().optional().meta({ description: "The article or statement; defaults to the source and publication date." }),
  attribution: array(nonBlank("A source id or entity label.")).optional().meta({ description: "Who the source credits, nearest first; the last one is the claim's origin." }),
  modality: modalitySchema.optional(),
  quote: string2().optional().meta({ description: "The words of the source: the evidence." }),
  url: string2().optional().meta({ description: "Where the claim can be read." }),
  note: string2().optional().meta({ description: "Free-text note for editors." })
}).meta({ id: "Claim", title: "Claim", description: "Who said what, when, about what." });
var claimSetShape = strictObject({
  $schema: string2().optional().meta({ description: "The JSON Schema this file follows (for editors)." }),
  sources: array(sourceSchema).optional().meta({ description: "Who publishes or is cited." }),
  entities: array(entitySchema).optional().meta({ description: "Canonical ids and their aliases." }),
  properties: array(propertySchema).optional().meta({ description: "How values of each property compare." }),
  documents: array(documentSchema).optional().meta({ description: "The articles and statements claims come from." }),
  claims: array(claimSchema).meta({ description: "The statements to check." })
}).meta({
  title: "corroborate claim set",
  description: "Factual claims made by sources, for corroborate to check for contradictions: sources, entities with aliases, properties and claims."
});
function fieldsAt(path) {
  const [section, , field] = path;
  if (path.length === 0) return Object.keys(claimSetShape.shape);
  if (path.length === 3 && section === "claims" && field === "value") return Object.keys(quantityObjectSchema.shape);
  if (path.length !== 2) return [];
  const schema = { sources: sourceSchema, entities: entitySchema, properties: propertySchema, documents: documentSchema, claims: claimSchema }[String(section)];
  return schema ? Object.keys(schema.shape) : [];
}

// src/model/issues.ts
function claimPointer(path) {
  const match = /^\/claims\/(\d+)(?=\/|$)/.exec(path);
  return match ? { index: Number(match[1]), rest: path.slice(match[0].length) } : void 0;
}
var ClaimSetError = class extends Error {
  name = "ClaimSetError";
  issues;
  constructor(issues) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(first ? `invalid claim set: ${formatIssue(first)}${more}` : "invalid claim set");
    this.issues = issues;
  }
};
function formatIssue(issue2) {
  return `${issueLead(issue2)}${issue2.message}`;
}
function issueLead(issue2, code) {
  const where = issueLocation(issue2, code);
  return where === "" ? "" : `${where}: `;
}
function issueLocation(issue2, code = (text2) => text2) {
  if (issue2.row !== void 0) return `row ${issue2.row}${issue2.column === void 0 ? "" : `, column ${code(issue2.column)}`}`;
  const pointer = issue2.path === "" ? "" : code(issue2.path);
  if (issue2.line === void 0) return pointer;
  return pointer === "" ? `line ${issue2.line}` : `line ${issue2.line}: ${pointer}`;
}
function toPointer(path) {
  let pointer = "";
  for (const segment of path) {
    pointer += "/" + String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
  }
  return pointer;
}

// src/model/json-keys.ts
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var COLON = 58;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var LINE_FEED = 10;
function isSpace(code) {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
function backslashesBefore(text2, at2, from = 0) {
  let n = 0;
  while (at2 - n - 1 >= from && text2.charCodeAt(at2 - n - 1) === BACKSLASH) n++;
  return n;
}
function countMembers(text2) {
  let members2 = 0;
  for (let colon = text2.indexOf(":"); colon !== -1; colon = text2.indexOf(":", colon + 1)) {
    let j = colon - 1;
    while (j >= 0 && isSpace(text2.charCodeAt(j))) j--;
    if (j < 0 || text2.charCodeAt(j) !== QUOTE) continue;
    if (text2.charCodeAt(j - 1) === BACKSLASH && backslashesBefore(text2, j) % 2 === 1) continue;
    let k = j - 1;
    while (k >= 0 && isSpace(text2.charCodeAt(k))) k--;
    if (k < 0) continue;
    const before3 = text2.charCodeAt(k);
    if (before3 === OPEN_BRACKET || before3 === OPEN_BRACE || before3 === COMMA || before3 === COLON) return void 0;
    members2++;
  }
  return members2;
}
function countMembersInBytes(bytes, start2, end) {
  let members2 = 0;
  for (let colon = bytes.indexOf(COLON, start2); colon !== -1 && colon < end; colon = bytes.indexOf(COLON, colon + 1)) {
    let j = colon - 1;
    while (j >= start2 && isSpace(bytes[j])) j--;
    if (j < start2 || bytes[j] !== QUOTE) continue;
    if (bytes[j - 1] === BACKSLASH) {
      let run = 1;
      while (j - run - 1 >= start2 && bytes[j - run - 1] === BACKSLASH) run++;
      if (run % 2 === 1) continue;
    }
    let k = j - 1;
    while (k >= start2 && isSpace(bytes[k])) k--;
    if (k < start2) continue;
    const before3 = bytes[k];
    if (before3 === OPEN_BRACKET || before3 === OPEN_BRACE || before3 === COMMA || before3 === COLON) return void 0;
    members2++;
  }
  return members2;
}
function asBuffer(bytes) {
  const NodeBuffer = globalThis.Buffer;
  return NodeBuffer?.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
function countKeys(root) {
  const own3 = inheritedKeys();
  let keys = 0;
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    } else if (own3) {
      for (const name of Object.keys(value)) {
        keys++;
        const item = value[name];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    } else {
      for (const name in value) {
        keys++;
        const item = value[name];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    }
  }
  return keys;
}
function inheritedKeys() {
  for (const _ in {}) return true;
  return false;
}
var cost = (segment) => 1 + (typeof segment === "number" ? 10 : segment.length);
function findDuplicateKeys(text2) {
  const found = [];
  const seen = [];
  const path = [];
  let pathCost = 0;
  let spent = 0;
  const budget = 4 * text2.length + 65536;
  let expectKey = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text2.length; ) {
    const code = text2.charCodeAt(i);
    const top = seen.length - 1;
    if (code === QUOTE) {
      const end = stringEnd(text2, i);
      const keys = seen[top];
      if (expectKey && keys !== void 0) {
        const key = readKey(text2, i, end);
        const first = keys.get(key);
        pathCost += cost(key) - cost(path[top]);
        path[top] = key;
        if (first === void 0) {
          keys.set(key, line);
        } else {
          spent += pathCost;
          if (found.length > 0 && spent > budget) return { found, more: true };
          found.push({ key, path: path.slice(), offset: i, line, column: i - lineStart + 1, firstLine: first });
        }
        expectKey = false;
      }
      i = end;
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      const segment = code === OPEN_BRACE ? "" : 0;
      seen.push(code === OPEN_BRACE ? /* @__PURE__ */ new Map() : void 0);
      path.push(segment);
      pathCost += cost(segment);
      expectKey = code === OPEN_BRACE;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      seen.pop();
      if (path.length > 0) pathCost -= cost(path.pop());
      expectKey = false;
    } else if (code === COMMA && top >= 0) {
      if (seen[top] === void 0) path[top] = path[top] + 1;
      else expectKey = true;
    } else if (code === LINE_FEED) {
      line++;
      lineStart = i + 1;
    }
    i++;
  }
  return { found, more: false };
}
function stringEnd(text2, start2) {
  for (let from = start2 + 1; ; ) {
    const quote2 = text2.indexOf('"', from);
    if (quote2 === -1) return text2.length;
    if (backslashesBefore(text2, quote2, start2 + 1) % 2 === 0) return quote2 + 1;
    from = quote2 + 1;
  }
}
function readKey(text2, start2, end) {
  const raw = text2.slice(start2 + 1, end - 1);
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(text2.slice(start2, end));
  } catch {
    return raw;
  }
}

// src/model/json-bytes.ts
var BATCH_BYTES = 1 << 15;
var NotSimple = class extends Error {
};
function readClaimSetBytes(bytes, batchBytes = BATCH_BYTES, onClaims) {
  try {
    return new Reader(bytes, batchBytes, onClaims).document();
  } catch (error2) {
    if (error2 instanceof NotSimple || error2 instanceof SyntaxError || error2 instanceof TypeError) return void 0;
    throw error2;
  }
}
var Reader = class {
  constructor(bytes, batchBytes, onClaims) {
    this.bytes = bytes;
    this.batchBytes = batchBytes;
    this.onClaims = onClaims;
    this.buffer = asBuffer(bytes);
  }
  bytes;
  batchBytes;
  onClaims;
  // ignoreBOM: a byte order mark inside the text is a character (which JSON refuses), never skipped.
  decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  /** The bytes as a Node Buffer (no copy), whose native `indexOf` counts members fastest; undefined elsewhere. */
  buffer;
  document() {
    const { bytes } = this;
    let i = 0;
    if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) i = 3;
    i = this.space(i);
    if (bytes[i] !== OPEN_BRACE) throw new NotSimple();
    const result = {};
    let sawClaims = false;
    i = this.space(i + 1);
    if (bytes[i] === CLOSE_BRACE) throw new NotSimple();
    for (; ; ) {
      if (bytes[i] !== QUOTE) throw new NotSimple();
      const keyEnd = this.string(i);
      const key = JSON.parse(this.text(i, keyEnd));
      if (typeof key !== "string" || key === "__proto__" || Object.hasOwn(result, key)) throw new NotSimple();
      i = this.space(keyEnd);
      if (bytes[i] !== COLON) throw new NotSimple();
      i = this.space(i + 1);
      let value;
      if (key === "claims" && bytes[i] === OPEN_BRACKET) {
        [value, i] = this.claims(i);
        sawClaims = true;
      } else {
        const end = this.value(i);
        const text2 = this.text(i, end);
        value = JSON.parse(text2);
        noDuplicateKeys(text2, value, -1);
        i = end;
      }
      result[key] = value;
      i = this.space(i);
      if (bytes[i] === COMMA) {
        i = this.space(i + 1);
        continue;
      }
      if (bytes[i] !== CLOSE_BRACE) throw new NotSimple();
      break;
    }
    if (this.space(i + 1) !== bytes.length) throw new NotSimple();
    return sawClaims && Array.isArray(result.claims) ? result : void 0;
  }
  /**
   * The claims list starting at `start` (its `[`), parsed in batches; and where it ends.
   *
   * A batch is cut, without reading it byte by byte, where a claim seems to end: a `}`, `,`, `{` found
   * past the batch's size. The bytes alone cannot tell whether that is inside a string or a nested list,
   * but JSON.parse can: cut there, the batch has an unclosed string or bracket and fails to parse. Then,
   * and for the last batch, the claims are followed byte by byte to a true boundary.
   */
  claims(start2) {
    const { bytes } = this;
    const claims = [];
    let i = this.space(start2 + 1);
    if (bytes[i] === CLOSE_BRACKET) return [claims, i + 1];
    for (; ; ) {
      const cut = this.cut(i + this.batchBytes);
      const fast = cut === -1 ? void 0 : this.batch(i, cut);
      if (fast !== void 0) {
        this.take(fast, i, cut, claims);
        i = this.space(cut + 1);
        continue;
      }
      const [end, last] = this.boundary(i);
      const text2 = `[${this.text(i, end)}]`;
      this.take([JSON.parse(text2), text2], i, end, claims);
      if (last) return [claims, end + 1];
      i = this.space(end + 1);
    }
  }
  /** Checks a batch of claims, parsed from `text` (the bytes from `start` to `end`), and adds them to `claims`. */
  take([items2, text2], start2, end, claims) {
    const members2 = this.buffer ? countMembersInBytes(this.buffer, start2, end) : countMembers(text2);
    noDuplicateKeys(text2, items2, this.onClaims ? this.onClaims(items2) : -1, members2);
    for (const item of items2) claims.push(item);
  }
  /** The items of the batch from `start` to `end` (a comma), and their text; undefined when it is not a list of whole values. */
  batch(start2, end) {
    const text2 = `[${this.text(start2, end)}]`;
    try {
      return [JSON.parse(text2), text2];
    } catch (error2) {
      if (error2 instanceof SyntaxError) return void 0;
      throw error2;
    }
  }
  /**
   * The comma of the first `}`, `,`, `{` (spaces allowed between them) whose `{` lies in the batch's
   * size from `from`, or -1: a search of bounded length, so reading stays linear whatever the claims are.
   */
  cut(from) {
    const { bytes } = this;
    const until = Math.min(bytes.length, from + this.batchBytes);
    for (let at2 = from; at2 < until; ) {
      const open2 = bytes.indexOf(OPEN_BRACE, at2);
      if (open2 === -1 || open2 >= until) return -1;
      let j = open2 - 1;
      while (j > from && isSpace2(bytes[j])) j--;
      if (bytes[j] === COMMA) {
        const comma = j--;
        while (j > from && isSpace2(bytes[j])) j--;
        if (bytes[j] === CLOSE_BRACE) return comma;
      }
      at2 = open2 + 1;
    }
    return -1;
  }
  /**
   * Follows the claims from `start` value by value to the first comma at least a batch's size on, or to
   * the list's `]`: where the batch ends, and whether it is the last.
   */
  boundary(start2) {
    const { bytes } = this;
    for (let i = start2; ; ) {
      i = this.space(this.value(this.space(i)));
      if (bytes[i] === COMMA) {
        if (i - start2 >= this.batchBytes) return [i, false];
        i++;
        continue;
      }
      if (bytes[i] !== CLOSE_BRACKET) throw new NotSimple();
      return [i, true];
    }
  }
  /** Where the JSON value starting at `start` ends: strings and nesting followed, scalars up to a delimiter. */
  value(start2) {
    const { bytes } = this;
    const first = bytes[start2];
    if (first === QUOTE) return this.string(start2);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      for (let i2 = start2; i2 < bytes.length; i2++) {
        const b = bytes[i2];
        if (b === QUOTE) i2 = this.string(i2) - 1;
        else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
        else if ((b === CLOSE_BRACE || b === CLOSE_BRACKET) && --depth === 0) return i2 + 1;
      }
      throw new NotSimple();
    }
    let i = start2;
    while (i < bytes.length) {
      const b = bytes[i];
      if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || isSpace2(b)) break;
      i++;
    }
    if (i === start2) throw new NotSimple();
    return i;
  }
  /** Where the string whose opening quote is at `start` ends (after its closing quote). */
  string(start2) {
    const { bytes } = this;
    const near = Math.min(bytes.length, start2 + 1 + SHORT_STRING);
    for (let i = start2 + 1; i < near; i++) {
      const b = bytes[i];
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) return i + 1;
    }
    let from = near;
    for (; ; ) {
      const quote2 = bytes.indexOf(QUOTE, from);
      if (quote2 === -1) throw new NotSimple();
      let slashes = 0;
      while (quote2 - slashes - 1 > start2 && bytes[quote2 - slashes - 1] === BACKSLASH) slashes++;
      if (slashes % 2 === 0) return quote2 + 1;
      from = quote2 + 1;
    }
  }
  /** The first byte at or after `i` that is not JSON whitespace. */
  space(i) {
    const { bytes } = this;
    while (i < bytes.length && isSpace2(bytes[i])) i++;
    return i;
  }
  text(start2, end) {
    return this.decoder.decode(this.bytes.subarray(start2, end));
  }
};
function noDuplicateKeys(text2, value, keys, members2 = countMembers(text2)) {
  if (members2 !== void 0 && members2 === (keys < 0 ? countKeys(value) : keys)) return;
  if (findDuplicateKeys(text2).found.length > 0) throw new NotSimple();
}
var SHORT_STRING = 16;
function isSpace2(b) {
  return b === 32 || b === 10 || b === 13 || b === 9;
}

// src/model/json-text.ts
var WHITESPACE = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function findJsonSyntaxError(text2) {
  const error2 = scan(text2);
  if (error2 === void 0) return void 0;
  const [offset, message] = error2;
  const { line, column } = lineAndColumn(text2, offset);
  return { offset, line, column, message };
}
function lineAndColumn(text2, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text2.indexOf("\n"); i !== -1 && i < offset; i = text2.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
function scan(text2) {
  const stack = [];
  let i = 0;
  let expect = "value";
  const skip = () => {
    while (i < text2.length && WHITESPACE.has(text2[i])) i++;
  };
  const here = () => i >= text2.length ? "the end of the text" : JSON.stringify(text2[i]);
  const string3 = () => {
    i++;
    while (i < text2.length) {
      const code = text2.charCodeAt(i);
      if (code === 34) {
        i++;
        return void 0;
      }
      if (code < 32) return "a line break or control character inside text must be escaped";
      if (code === 92) {
        const next = text2[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text2.slice(i + 2, i + 6))) return "a \\u escape needs four hexadecimal digits";
          i += 6;
        } else if (next !== void 0 && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          return `unknown escape \\${next ?? ""} in text`;
        }
      } else {
        i++;
      }
    }
    return "text is not closed by a double quote";
  };
  const step = () => {
    skip();
    const c = text2[i];
    if (expect === "member") {
      if (c !== '"') return `expected a field name in double quotes, found ${here()}`;
      const problem = string3();
      if (problem) return problem;
      skip();
      if (text2[i] !== ":") return `expected ":" after a field name, found ${here()}`;
      i++;
      expect = "value";
      return void 0;
    }
    if (expect === "after") {
      const frame = stack[stack.length - 1];
      if (frame === void 0) return i < text2.length ? `unexpected ${here()} after the end of the document` : void 0;
      const close = frame === "object" ? "}" : "]";
      if (c === ",") {
        i++;
        expect = frame === "object" ? "member" : "value";
      } else if (c === close) {
        i++;
        stack.pop();
      } else {
        return `expected "," or "${close}" after a value, found ${here()}`;
      }
      return void 0;
    }
    expect = "after";
    if (c === "{" || c === "[") {
      i++;
      skip();
      if (text2[i] === (c === "{" ? "}" : "]")) {
        i++;
      } else {
        stack.push(c === "{" ? "object" : "array");
        expect = c === "{" ? "member" : "value";
      }
      return void 0;
    }
    if (c === '"') return string3();
    if (c === "-" || c !== void 0 && c >= "0" && c <= "9") {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text2);
      if (!match) return "not a valid number";
      i += match[0].length;
      return void 0;
    }
    for (const word of ["true", "false", "null"]) {
      if (text2.startsWith(word, i)) {
        i += word.length;
        return void 0;
      }
    }
    return `expected a value, found ${here()}`;
  };
  while (i <= text2.length) {
    const problem = step();
    if (problem !== void 0) return [i, problem];
    if (expect === "after" && stack.length === 0) {
      skip();
      return i < text2.length ? [i, `unexpected ${here()} after the end of the document`] : void 0;
    }
  }
  return void 0;
}

// src/model/utf8.ts
function firstInvalidUtf8(bytes) {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let length;
    let low = 128;
    let high = 191;
    if (b >= 194 && b <= 223) length = 2;
    else if (b >= 224 && b <= 239) {
      length = 3;
      if (b === 224) low = 160;
      else if (b === 237) high = 159;
    } else if (b >= 240 && b <= 244) {
      length = 4;
      if (b === 240) low = 144;
      else if (b === 244) high = 143;
    } else return i;
    if (i + 1 >= n) return i;
    const second = bytes[i + 1];
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === void 0 || next < 128 || next > 191) return i;
    }
    i += length;
  }
  return -1;
}
function byteLineAndColumn(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// src/model/json-input.ts
function syntaxIssue(text2, path, lineOffset) {
  const error2 = findJsonSyntaxError(text2);
  const where = error2 ? ` at column ${error2.column}` : "";
  return {
    code: "invalid-json",
    path,
    message: `not valid JSON${where}: ${error2?.message ?? "unreadable text"}`,
    line: (error2?.line ?? 1) + lineOffset
  };
}
function encodingIssue(bytes, path = "", line) {
  const offset = Math.max(firstInvalidUtf8(bytes), 0);
  const value = bytes[offset];
  const byte = value === void 0 ? "" : ` (0x${value.toString(16).toUpperCase().padStart(2, "0")})`;
  const what = line === void 0 ? `the file is not UTF-8 text: the byte at offset ${offset}` : `the line is not UTF-8 text: its byte ${offset + 1}`;
  return {
    code: "invalid-encoding",
    path,
    message: `${what}${byte} is not part of a UTF-8 character`,
    line: line ?? byteLineAndColumn(bytes, offset).line
  };
}
function emptyIssue() {
  return { code: "empty-input", path: "", message: "the input is empty" };
}
function duplicateKeyIssues(text2, keys, base = [], lineOffset = 0) {
  const members2 = countMembers(text2);
  if (members2 === keys) return [];
  const { found, more } = findDuplicateKeys(text2);
  const issues = found.map((duplicate) => duplicateKeyIssue(duplicate, base, lineOffset));
  if (more) {
    issues.push({
      code: "duplicate-key",
      path: toPointer(base),
      message: `more keys are written twice after line ${found.at(-1).line + lineOffset}, too many or too deep to list`,
      line: found.at(-1).line + lineOffset
    });
  }
  return issues;
}
function duplicateKeyIssue(duplicate, base, lineOffset) {
  const key = quote(duplicate.key);
  const first = duplicate.firstLine === duplicate.line ? "" : ` (first on line ${duplicate.firstLine + lineOffset})`;
  return {
    code: "duplicate-key",
    path: toPointer([...base, ...duplicate.path]),
    message: `duplicate key ${key}: the object already has this key${first}; only one of the values could be read`,
    line: duplicate.line + lineOffset
  };
}
var utf8 = new TextDecoder("utf-8", { fatal: true });

// src/model/ndjson.ts
var LINE_FEED2 = 10;
var NdjsonLines = class {
  claims = [];
  lines = [];
  issues = [];
  /** How many claims (non-blank lines) were read so far. */
  get count() {
    return this.claims.length;
  }
  /**
   * Reads the lines of `text` (split at line feeds), numbered from `first`,
   * and returns the number of its last line (which the next block continues
   * when `text` ends without a line feed). `members` is what `countMembers`
   * gives for the text (or its bytes). Keys written twice are looked for line
   * by line only when the claims of the block have fewer keys than that:
   * every line counts its members (a line that is not JSON, or a string that
   * starts a line with a colon, may count more, never fewer), so an equal
   * count means that no claim repeats a key.
   */
  addLines(text2, first, members2) {
    const claimsBefore = this.claims.length;
    const issuesBefore = this.issues.length;
    let keys = 0;
    let n = first;
    for (let start2 = 0; ; n++) {
      const end = text2.indexOf("\n", start2);
      keys += this.add(text2.slice(start2, end === -1 ? text2.length : end), n);
      if (end === -1) break;
      start2 = end + 1;
    }
    if (members2 === void 0 || members2 !== keys) this.repeatedKeys(text2, first, claimsBefore, issuesBefore);
    return n;
  }
  /** Reads line `n`, given as bytes (without its line feed) that are not UTF-8 text. */
  addNotUtf8(bytes, n) {
    this.unreadable(encodingIssue(bytes, `/claims/${this.claims.length}`, n), n);
  }
  /** The claims read, with the line of each. */
  result() {
    return { value: { claims: this.claims }, lines: this.lines, issues: this.issues, owned: true };
  }
  /** Reads line `n`, given without its line feed; returns the number of keys of its claim. */
  add(text2, n) {
    const line = withoutReturn(text2);
    if (line.trim() === "") return 0;
    let claim2;
    try {
      claim2 = JSON.parse(line);
    } catch {
      this.unreadable(syntaxIssue(line, `/claims/${this.claims.length}`, n - 1), n);
      return 0;
    }
    this.claims.push(claim2);
    this.lines.push(n);
    return countKeys(claim2);
  }
  /**
   * The repeated keys of the claims read from `text` (the lines from `first`, the claims from `claimsBefore`),
   * line by line, in line order among the other issues of the block. The claims are kept: a repeated key
   * is the claim's problem, which `lenient` skips like any other.
   */
  repeatedKeys(text2, first, claimsBefore, issuesBefore) {
    let index = claimsBefore;
    let found = false;
    for (let start2 = 0, n = first; start2 <= text2.length; n++) {
      let end = text2.indexOf("\n", start2);
      if (end === -1) end = text2.length;
      const line = withoutReturn(text2.slice(start2, end));
      start2 = end + 1;
      if (line.trim() === "") continue;
      const claim2 = this.claims[index];
      if (typeof claim2 === "object" && claim2 !== null) {
        for (const issue2 of duplicateKeyIssues(line, countKeys(claim2), ["claims", index], n - 1)) {
          this.issues.push(issue2);
          found = true;
        }
      }
      index++;
    }
    if (!found) return;
    const block = this.issues.splice(issuesBefore).sort((a, b) => a.line - b.line);
    for (const issue2 of block) this.issues.push(issue2);
  }
  unreadable(issue2, n) {
    this.issues.push(issue2);
    this.claims.push(void 0);
    this.lines.push(n);
  }
};
function withoutReturn(text2) {
  return text2.charCodeAt(text2.length - 1) === 13 ? text2.slice(0, -1) : text2;
}
function readNdjson(text2) {
  const reader = new NdjsonLines();
  reader.addLines(text2, 1, countMembers(text2));
  return reader.result();
}
var NdjsonStream = class {
  // ignoreBOM: each call decodes whole lines, and only the input's first may lose a byte order mark (see `text`).
  decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  reader = new NdjsonLines();
  /** The bytes of the line being read, up to the end of the last chunk (copies: callers may reuse their buffers). */
  partial = [];
  partialLength = 0;
  /** The number of the next line to read, from 1. */
  line = 1;
  /** How many claims (non-blank lines) were read so far. */
  get claims() {
    return this.reader.count;
  }
  /** Reads a chunk; its bytes are read or copied at once, so the caller may reuse its buffer. */
  push(chunk) {
    const last = chunk.lastIndexOf(LINE_FEED2);
    if (last === -1) {
      this.keep(chunk);
      return;
    }
    let start2 = 0;
    if (this.partialLength > 0) {
      start2 = chunk.indexOf(LINE_FEED2) + 1;
      this.keep(chunk.subarray(0, start2));
      this.readLines(this.takePartial());
    }
    if (start2 <= last) this.readLines(chunk.subarray(start2, last + 1));
    this.keep(chunk.subarray(last + 1));
  }
  /** Reads the last line and returns what was read. */
  end() {
    this.readLine(this.takePartial());
    return this.reader.count === 0 ? { value: void 0, issues: [emptyIssue()] } : this.reader.result();
  }
  /** Reads whole lines: bytes that end with a line feed. */
  readLines(bytes) {
    const text2 = this.text(bytes);
    if (text2 !== void 0) {
      const buffer = asBuffer(bytes);
      const members2 = buffer ? countMembersInBytes(buffer, 0, buffer.length) : countMembers(text2);
      this.line = this.reader.addLines(text2, this.line, members2);
      return;
    }
    let start2 = 0;
    for (let end = bytes.indexOf(LINE_FEED2); end !== -1; end = bytes.indexOf(LINE_FEED2, start2)) {
      this.readLine(bytes.subarray(start2, end));
      this.line++;
      start2 = end + 1;
    }
  }
  /** Reads one line, given as bytes without its line feed. */
  readLine(bytes) {
    const text2 = this.text(bytes);
    if (text2 === void 0) this.reader.addNotUtf8(bytes, this.line);
    else this.reader.addLines(text2, this.line, countMembers(text2));
  }
  /**
   * The text of bytes that begin line `this.line`, or undefined when they are not UTF-8. At the start of
   * the input, up to two byte order marks are dropped, as `readInput` drops them from the whole text (one
   * by the decoder, one more by itself).
   */
  text(bytes) {
    let text2;
    try {
      text2 = this.decoder.decode(bytes);
    } catch {
      return void 0;
    }
    if (this.line === 1) {
      if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
      if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
    }
    return text2;
  }
  keep(bytes) {
    if (bytes.length === 0) return;
    this.partial.push(new Uint8Array(bytes));
    this.partialLength += bytes.length;
  }
  takePartial() {
    const parts = this.partial;
    const length = this.partialLength;
    this.partial = [];
    this.partialLength = 0;
    if (parts.length === 1) return parts[0];
    const all = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      all.set(part, offset);
      offset += part.length;
    }
    return all;
  }
};

// src/model/sheet.ts
var import_papaparse = __toESM(require_papaparse(), 1);

// src/values/days.ts
function isLeapYear(y) {
  return y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
}
var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(y, m) {
  if (m === 2 && isLeapYear(y)) return 29;
  return MONTH_DAYS[m - 1] ?? 0;
}
function dayNumber(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(n) {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return [y, m, d];
}
function digits2(s, i) {
  return (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
}
function dayNumberFromIso(iso) {
  const y = digits2(iso, 0) * 100 + digits2(iso, 2);
  return dayNumber(y, digits2(iso, 5), digits2(iso, 8));
}
function pad(n, width2) {
  return String(n).padStart(width2, "0");
}
function isoFromDayNumber(n) {
  const [y, m, d] = civilFromDays(n);
  const year = y < 0 ? `-${pad(-y, 4)}` : y > 9999 ? `+${y}` : pad(y, 4);
  return `${year}-${pad(m, 2)}-${pad(d, 2)}`;
}
var MIN_DAY = dayNumber(0, 1, 1);
var MAX_DAY = dayNumber(9999, 12, 31);

// src/values/duration.ts
var DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
function parseDuration(text2) {
  if (typeof text2 !== "string" || text2.length > 100) return void 0;
  const trimmed = text2.trim();
  const m = DURATION.exec(trimmed);
  if (!m || trimmed === "P") return void 0;
  const parts = [m[1], m[2], m[3], m[4]].map((g) => g === void 0 ? 0 : Number(g));
  if (!parts.every((n) => Number.isSafeInteger(n))) return void 0;
  const [years = 0, months = 0, weeks = 0, days2 = 0] = parts;
  return { text: trimmed, years, months, weeks, days: days2 };
}
function addDuration(day, d, sign) {
  let result = day;
  const monthShift = sign * (d.years * 12 + d.months);
  if (monthShift !== 0) {
    const [y, m, dd] = civilFromDays(day);
    const index = y * 12 + (m - 1) + monthShift;
    const ny = Math.floor(index / 12);
    const nm = index - ny * 12 + 1;
    result = dayNumber(ny, nm, Math.min(dd, daysInMonth(ny, nm)));
  }
  return result + sign * (d.weeks * 7 + d.days);
}

// src/values/date.ts
var HINT = "write a date such as 2025-04-20, 2025-09, 2026-Q4, 2026-H2 or 2025-09/2026-12";
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function fail(message) {
  return { ok: false, message };
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function readDigits(s, at2, len) {
  let n = 0;
  for (let i = at2; i < at2 + len; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}
function monthStart(index) {
  const y = Math.floor(index / 12);
  return dayNumber(y, index - y * 12 + 1, 1);
}
function monthsPart(precision, from, span, approximate, display) {
  const first = monthStart(from);
  const last = monthStart(from + span) - 1;
  return {
    precision,
    approximate,
    display: approximate ? display + "~" : display,
    first,
    last,
    wideFirst: approximate ? monthStart(from - span) : first,
    wideLast: approximate ? monthStart(from + 2 * span) - 1 : last
  };
}
function readPart(p) {
  const generic = { why: void 0 };
  const approximate = p.endsWith("~");
  const core = approximate ? p.slice(0, -1) : p;
  if (core.length > 10) return generic;
  const y = readDigits(core, 0, 4);
  if (y < 0) return generic;
  const year = core.slice(0, 4);
  if (core.length === 4) return monthsPart("year", y * 12, 12, approximate, year);
  if (core[4] !== "-") return generic;
  const rest = core.slice(5);
  const letter = rest[0]?.toUpperCase();
  if ((letter === "Q" || letter === "H") && rest.length === 2) {
    const n = readDigits(rest, 1, 1);
    if (n < 0) return generic;
    if (letter === "Q") {
      if (n < 1 || n > 4) return { why: "a year has quarters Q1 to Q4" };
      return monthsPart("quarter", y * 12 + (n - 1) * 3, 3, approximate, `${year}-Q${n}`);
    }
    if (n < 1 || n > 2) return { why: "a year has halves H1 and H2" };
    return monthsPart("half", y * 12 + (n - 1) * 6, 6, approximate, `${year}-H${n}`);
  }
  if (rest.length !== 2 && rest.length !== 5) return generic;
  const m = readDigits(rest, 0, 2);
  if (m < 0) return generic;
  if (rest.length === 5 && (rest[2] !== "-" || readDigits(rest, 3, 2) < 0)) return generic;
  if (m < 1 || m > 12) return { why: `there is no month ${m}` };
  if (rest.length === 2) return monthsPart("month", y * 12 + m - 1, 1, approximate, core);
  const d = readDigits(rest, 3, 2);
  const dim = daysInMonth(y, m);
  if (d < 1) return { why: "there is no day 0" };
  if (d > dim) return { why: `${MONTHS[m - 1]} ${year} has ${dim} days` };
  const day = dayNumber(y, m, d);
  return {
    precision: "day",
    approximate,
    display: approximate ? core + "~" : core,
    first: day,
    last: day,
    wideFirst: approximate ? day - 1 : day,
    wideLast: approximate ? day + 1 : day
  };
}
function toleranceOf(settings) {
  const t2 = settings?.tolerance;
  if (typeof t2 !== "object" || t2 === null) return void 0;
  const ok = [t2.years, t2.months, t2.weeks, t2.days].every((n) => Number.isSafeInteger(n) && n >= 0);
  return ok ? t2 : void 0;
}
function clampDay(n) {
  return Math.min(Math.max(n, MIN_DAY), MAX_DAY);
}
function parseDate(raw, settings) {
  if (typeof raw !== "string") {
    if (typeof raw === "number") return fail(`cannot read the number ${describe2(raw)} as a date; write it as a string such as "2025"`);
    return fail(`cannot read ${describe2(raw)} as a date; ${HINT}`);
  }
  const generic = () => fail(`cannot read ${quote(raw)} as a date; ${HINT}`);
  const explain = (e) => e.why ? fail(`cannot read ${quote(raw)} as a date: ${e.why}`) : generic();
  const s = raw.trim();
  if (s.length > 40) return generic();
  let start2;
  let end;
  let precision;
  let approximate;
  let display;
  const slash = s.indexOf("/");
  if (slash < 0) {
    const part = readPart(s);
    if ("why" in part) return explain(part);
    ({ precision, approximate, display } = part);
    start2 = part.wideFirst;
    end = part.wideLast;
  } else {
    const left = s.slice(0, slash).trim();
    const right = s.slice(slash + 1).trim();
    if (right.includes("/")) return generic();
    const a = left === ".." ? null : readPart(left);
    const b = right === ".." ? null : readPart(right);
    if (a && "why" in a) return explain(a);
    if (b && "why" in b) return explain(b);
    if (!a && !b) return fail(`cannot read ${quote(raw)} as a date: an interval needs a start or an end`);
    if (a && b && b.last < a.first) return fail(`${quote(raw)} ends before it starts`);
    precision = "interval";
    approximate = Boolean(a?.approximate || b?.approximate);
    display = `${a ? a.display : ".."}/${b ? b.display : ".."}`;
    start2 = a ? a.wideFirst : null;
    end = b ? b.wideLast : null;
  }
  const tolerance = toleranceOf(settings);
  if (tolerance) {
    if (start2 !== null) start2 = addDuration(start2, tolerance, -1);
    if (end !== null) end = addDuration(end, tolerance, 1);
  }
  const value = {
    type: "date",
    text: raw,
    display,
    precision,
    ...approximate ? { approximate: true } : {},
    interval: {
      start: start2 === null ? null : isoFromDayNumber(clampDay(start2)),
      end: end === null ? null : isoFromDayNumber(clampDay(end))
    }
  };
  return { ok: true, value };
}
function isDateShaped(s) {
  const t2 = s.trim();
  if (t2.startsWith("..")) return true;
  if (readDigits(t2, 0, 4) < 0) return false;
  const next = t2[4];
  return next === void 0 || next === "-" || next === "/" || next === "~";
}
function dayRange(v) {
  const { start: start2, end } = v.interval;
  return [start2 === null ? null : dayNumberFromIso(start2), end === null ? null : dayNumberFromIso(end)];
}

// src/values/quantity.ts
var DEFAULT_APPROX = 0.1;
var HINT2 = `write a number such as 900, "~900", ">=900" or "900..1000"`;
var TOO_LARGE = "the number is too large to represent";
function fail2(message) {
  return { ok: false, message };
}
function cannotRead(text2, why) {
  return fail2(why ? `cannot read ${quote(text2)} as a quantity: ${why}` : `cannot read ${quote(text2)} as a quantity; ${HINT2}`);
}
function factor(x, fallback) {
  return typeof x === "number" && Number.isFinite(x) && x >= 0 ? x : fallback;
}
function toAscii(s) {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) {
    ascii = false;
    break;
  }
  if (ascii) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 1632 && c <= 1641) out += String.fromCharCode(48 + c - 1632);
    else if (c >= 1776 && c <= 1785) out += String.fromCharCode(48 + c - 1776);
    else if (c === 1644) out += ",";
    else if (c === 1643) out += ".";
    else if (c === 8722) out += "-";
    else if (c === 8776) out += "~";
    else if (c === 8805) out += ">=";
    else if (c === 8804) out += "<=";
    else out += s[i];
  }
  return out;
}
function isDigit2(c) {
  return c >= 48 && c <= 57;
}
function readNumber(s) {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const start2 = i;
  while (isDigit2(s.charCodeAt(i))) i++;
  const lead = i - start2;
  if (lead === 0) return "syntax";
  let commas = false;
  if (s[i] === ",") {
    if (lead > 3) return "syntax";
    commas = true;
    while (s[i] === ",") {
      if (!isDigit2(s.charCodeAt(i + 1)) || !isDigit2(s.charCodeAt(i + 2)) || !isDigit2(s.charCodeAt(i + 3))) {
        return "syntax";
      }
      i += 4;
    }
    if (isDigit2(s.charCodeAt(i))) return "syntax";
  }
  if (s[i] === ".") {
    const from = ++i;
    while (isDigit2(s.charCodeAt(i))) i++;
    if (i === from) return "syntax";
  }
  if (s[i] === "e" || s[i] === "E") {
    i++;
    if (s[i] === "+" || s[i] === "-") i++;
    const from = i;
    while (isDigit2(s.charCodeAt(i))) i++;
    if (i === from) return "syntax";
  }
  if (i !== n) return "syntax";
  const value = Number(commas ? s.replace(/,/g, "") : s);
  if (!Number.isFinite(value)) return "overflow";
  return value + 0;
}
function bounds(min, max, minExclusive = false, maxExclusive = false) {
  return { kind: "bounds", interval: { min, max, minExclusive, maxExclusive } };
}
function readString(text2) {
  const s = toAscii(text2.trim());
  const num = (part) => {
    const v = readNumber(part.trim());
    if (v === "syntax") return cannotRead(text2);
    if (v === "overflow") return cannotRead(text2, TOO_LARGE);
    return v;
  };
  const first = s[0];
  if (first === "~") {
    const v = num(s.slice(1));
    return typeof v === "number" ? { kind: "amount", amount: v, approx: true } : v;
  }
  if (first === ">" || first === "<") {
    const inclusive = s[1] === "=";
    const v = num(s.slice(inclusive ? 2 : 1));
    if (typeof v !== "number") return v;
    return first === ">" ? bounds(v, null, !inclusive) : bounds(null, v, false, !inclusive);
  }
  let body = s;
  let minExclusive = false;
  let maxExclusive = false;
  if (first === "(" || first === "[") {
    const last = s[s.length - 1];
    if (s.length < 2 || last !== ")" && last !== "]") return cannotRead(text2);
    body = s.slice(1, -1);
    minExclusive = first === "(";
    maxExclusive = last === ")";
  }
  const dots = body.indexOf("..");
  if (dots < 0) {
    if (body !== s) return cannotRead(text2);
    const v = num(s);
    return typeof v === "number" ? { kind: "amount", amount: v, approx: false } : v;
  }
  const lo = num(body.slice(0, dots));
  if (typeof lo !== "number") return lo;
  const hi = num(body.slice(dots + 2));
  if (typeof hi !== "number") return hi;
  return bounds(lo, hi, minExclusive, maxExclusive);
}
var FIELDS = /* @__PURE__ */ new Set(["amount", "approx", "unit", "min", "max", "minExclusive", "maxExclusive"]);
function readObject(raw) {
  const keys = Object.keys(raw);
  if (keys.length === 0) return fail2(`an empty object is not a quantity; ${HINT2}`);
  for (const key of keys) if (!FIELDS.has(key)) return fail2(`unknown field ${quote(key)} in a quantity`);
  const has = (k) => Object.prototype.hasOwnProperty.call(raw, k);
  for (const k of ["amount", "min", "max"]) {
    if (!has(k)) continue;
    const v = raw[k];
    if (typeof v !== "number") return fail2(`"${k}" must be a number, not ${describe2(v)}`);
    if (Number.isNaN(v)) return fail2(`"${k}" must be a number, not NaN`);
    if (!Number.isFinite(v)) return fail2(TOO_LARGE);
  }
  for (const k of ["approx", "minExclusive", "maxExclusive"]) {
    if (has(k) && typeof raw[k] !== "boolean") return fail2(`"${k}" must be true or false, not ${describe2(raw[k])}`);
  }
  let unit;
  if (has("unit")) {
    const u = raw.unit;
    if (typeof u !== "string" || u.trim() === "") return fail2(`"unit" must be a non-empty string`);
    unit = u.trim();
  }
  const withUnit = (w) => unit === void 0 ? w : { ...w, unit };
  if (has("amount")) {
    if (has("min") || has("max")) return fail2(`use either "amount" or "min"/"max", not both`);
    for (const k of ["minExclusive", "maxExclusive"]) if (has(k)) return fail2(`"${k}" needs a "${k.slice(0, 3)}"`);
    return withUnit({ kind: "amount", amount: raw.amount + 0, approx: raw.approx === true });
  }
  if (has("approx")) return fail2(`"approx" needs an "amount"`);
  if (!has("min") && !has("max")) return fail2(`a quantity needs an "amount", a "min" or a "max"`);
  if (has("minExclusive") && !has("min")) return fail2(`"minExclusive" needs a "min"`);
  if (has("maxExclusive") && !has("max")) return fail2(`"maxExclusive" needs a "max"`);
  const min = has("min") ? raw.min + 0 : null;
  const max = has("max") ? raw.max + 0 : null;
  return withUnit(bounds(min, max, raw.minExclusive === true, raw.maxExclusive === true));
}
function clean(x) {
  return Number(x.toPrecision(15));
}
function displayBounds(i) {
  const lo = i.min === null ? "" : String(i.min);
  const hi = i.max === null ? "" : String(i.max);
  if (i.max === null) return (i.minExclusive ? ">" : ">=") + lo;
  if (i.min === null) return (i.maxExclusive ? "<" : "<=") + hi;
  if (!i.minExclusive && !i.maxExclusive) return `${lo}..${hi}`;
  return `${i.minExclusive ? "(" : "["}${lo}..${hi}${i.maxExclusive ? ")" : "]"}`;
}
function build(text2, w, settings, quoted) {
  const unit = w.unit === void 0 ? {} : { unit: w.unit };
  if (w.kind === "bounds") {
    const { min: min2, max: max2, minExclusive, maxExclusive } = w.interval;
    if (min2 !== null && max2 !== null) {
      if (min2 > max2) return fail2(`${quoted} ends before it starts`);
      if (min2 === max2 && (minExclusive || maxExclusive)) return fail2(`${quoted} contains no numbers: its ends are equal and one is excluded`);
    }
    const interval = { min: min2, max: max2, minExclusive: min2 !== null && minExclusive, maxExclusive: max2 !== null && maxExclusive };
    return { ok: true, value: { type: "quantity", text: text2, display: displayBounds(interval), ...unit, interval } };
  }
  const x = w.amount;
  const width2 = w.approx ? factor(settings?.approx, DEFAULT_APPROX) : factor(settings?.tolerance, 0);
  let min = x;
  let max = x;
  if (width2 > 0) {
    min = Math.min(clean(x - width2 * Math.abs(x)), x);
    max = Math.max(clean(x + width2 * Math.abs(x)), x);
    if (!Number.isFinite(min) || !Number.isFinite(max)) return fail2(TOO_LARGE);
  }
  const value = {
    type: "quantity",
    text: text2,
    display: (w.approx ? "~" : "") + String(x),
    amount: x,
    ...w.approx ? { approx: true } : {},
    ...unit,
    interval: { min, max, minExclusive: false, maxExclusive: false }
  };
  return { ok: true, value };
}
function parseQuantity(raw, settings) {
  if (typeof raw === "number") {
    if (Number.isNaN(raw)) return fail2(`NaN is not a quantity; ${HINT2}`);
    if (!Number.isFinite(raw)) return fail2(TOO_LARGE);
    const text2 = JSON.stringify(raw);
    return build(text2, { kind: "amount", amount: raw + 0, approx: false }, settings, text2);
  }
  if (typeof raw === "string") {
    const w = readString(raw);
    return "ok" in w ? w : build(raw, w, settings, quote(raw));
  }
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
    let w;
    try {
      w = readObject(raw);
    } catch {
      return fail2(`cannot read this object as a quantity; ${HINT2}`);
    }
    if ("ok" in w) return w;
    const text2 = JSON.stringify(raw);
    return build(text2, w, settings, text2);
  }
  return fail2(`cannot read ${describe2(raw)} as a quantity; ${HINT2}`);
}

// src/values/index.ts
function parseBoolean(raw) {
  if (typeof raw !== "boolean") return { ok: false, message: `cannot read ${describe2(raw)} as a boolean; write true or false` };
  const text2 = String(raw);
  return { ok: true, value: { type: "boolean", text: text2, display: text2, value: raw } };
}
function parseText(raw, key = (label) => label) {
  if (typeof raw !== "string") return { ok: false, message: `cannot read ${describe2(raw)} as text; write a string` };
  const display = raw.trim();
  if (display === "") return { ok: false, message: "the text is empty" };
  return { ok: true, value: { type: "text", text: raw, display, key: key(display) } };
}
function parseValue(raw, type, settings, key) {
  switch (type) {
    case "quantity":
      return parseQuantity(raw, settings);
    case "date":
      return parseDate(raw, settings);
    case "boolean":
      return parseBoolean(raw);
    case "text":
      return parseText(raw, key);
  }
}
var QUANTITY_SHAPED = /^[\s~≈<>=≥≤()[\],.٬٫+\-−eE]*[0-9٠-٩۰-۹][\s0-9٠-٩۰-۹~≈<>=≥≤()[\],.٬٫+\-−eE]*$/;
var QUANTITY_FIELDS = /* @__PURE__ */ new Set(["amount", "approx", "unit", "min", "max", "minExclusive", "maxExclusive"]);
function inferValueType(raw) {
  if (typeof raw === "number") return "quantity";
  if (typeof raw === "boolean") return "boolean";
  if (typeof raw === "string") {
    if (isDateShaped(raw)) return "date";
    return QUANTITY_SHAPED.test(raw) ? "quantity" : "text";
  }
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
    const keys = Object.keys(raw);
    return keys.length > 0 && keys.every((k) => QUANTITY_FIELDS.has(k)) ? "quantity" : void 0;
  }
  return void 0;
}

// src/internal/closest.ts
function closest(word, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) >= limit || a.length > 64 || b.length > 64) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    previous = current;
  }
  return Math.min(previous[b.length], limit);
}

// src/model/sheet.ts
var SHEET_FIELDS = [
  "id",
  "subject",
  "property",
  "value",
  "source",
  "published",
  "asOf",
  "document",
  "attribution",
  "modality",
  "quote",
  "url",
  "note"
];
var REQUIRED = ["id", "subject", "property", "value"];
var SCOPE_PREFIX = "scope.";
function readSheet(text2, format, delimiter) {
  const chosen = delimiter ?? (format === "tsv" ? "	" : guessDelimiter(text2));
  const parsed = import_papaparse.default.parse(text2, { delimiter: chosen, quoteChar: '"', skipEmptyLines: false, header: false });
  const records = parsed.data;
  const sheet = { rows: [], columns: /* @__PURE__ */ new Map() };
  const header = records[0] ?? [];
  const headerErrors = parsed.errors.filter((error2) => error2.row === 0 || error2.row === void 0);
  if (headerErrors.length > 0) {
    return { value: void 0, issues: [{ code: "invalid-sheet", path: "", row: 1, message: `the header row is not readable: ${quoteError(headerErrors[0])}` }], sheet };
  }
  const { columns, issues } = readHeader(header);
  if (issues.length > 0) return { value: void 0, issues, sheet };
  for (const column of columns) {
    if (column === void 0 || column === null) continue;
    sheet.columns.set(column.field === "scope" ? `/scope/${escapePointer(column.scope)}` : `/${column.field}`, column.name);
  }
  const rowErrors = /* @__PURE__ */ new Map();
  for (const error2 of parsed.errors) if (error2.row !== void 0 && !rowErrors.has(error2.row)) rowErrors.set(error2.row, error2);
  const claims = [];
  const rowIssues = [];
  for (let r2 = 1; r2 < records.length; r2++) {
    const cells = records[r2];
    const row = r2 + 1;
    const error2 = rowErrors.get(r2);
    if (error2 === void 0 && cells.every((cell) => cell.trim() === "")) continue;
    const path = `/claims/${claims.length}`;
    sheet.rows.push(row);
    if (error2 !== void 0) {
      rowIssues.push({ code: "invalid-sheet", path, row, message: quoteError(error2) });
      claims.push(void 0);
      continue;
    }
    const claim2 = {};
    let scope;
    let stray;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === "") continue;
      const column = columns[c];
      if (column === null) continue;
      if (column === void 0) {
        stray ??= c;
        continue;
      }
      const text3 = unescapeCell(cell);
      if (column.field === "scope") Object.defineProperty(scope ??= {}, column.scope, { value: text3, enumerable: true, writable: true, configurable: true });
      else if (column.field === "attribution") claim2.attribution = splitNames(text3);
      else if (column.field === "value") claim2.value = cellValue(text3);
      else claim2[column.field] = text3;
    }
    if (scope !== void 0) claim2.scope = scope;
    if (stray !== void 0) {
      const more = stray >= header.length;
      rowIssues.push({
        code: "invalid-sheet",
        path,
        row,
        message: more ? `the row has ${cells.length} cells but the header names ${header.length} columns` + (chosen === "," ? `; a cell holding the delimiter, such as "1,400", must be quoted` : "") : `cell ${stray + 1} has text but its column has no name in the header`
      });
      claims.push(void 0);
      continue;
    }
    claims.push(claim2);
  }
  figuresAsNumbers(claims);
  return { value: { claims }, issues: rowIssues, sheet };
}
function isFourDigits(text2) {
  if (text2.length !== 4) return false;
  for (let i = 0; i < 4; i++) if (text2.charCodeAt(i) < 48 || text2.charCodeAt(i) > 57) return false;
  return true;
}
function figuresAsNumbers(claims) {
  const quantities = /* @__PURE__ */ new Set();
  for (const claim2 of claims) {
    const { property, value } = claim2 ?? {};
    if (typeof value === "string" && inferValueType(value) === "quantity") quantities.add(property);
  }
  if (quantities.size === 0) return;
  for (const claim2 of claims) {
    const row = claim2 ?? {};
    if (typeof row.value === "string" && isFourDigits(row.value) && quantities.has(row.property)) row.value = Number(row.value);
  }
}
function readHeader(header) {
  const issues = [];
  const columns = [];
  const seen = /* @__PURE__ */ new Map();
  const headerIssue = (column, message) => issues.push({ code: "invalid-header", path: "", row: 1, ...column === void 0 ? {} : { column }, message });
  header.forEach((written, c) => {
    const name = written.trim();
    if (name === "" || name.startsWith("#")) {
      columns.push(name === "" ? void 0 : null);
      return;
    }
    let column;
    if (isScopeName(name)) {
      const scope = name.slice(SCOPE_PREFIX.length).trim();
      if (scope === "") headerIssue(void 0, `column ${c + 1} is named "${name}": name the scope's qualifier, as in scope.location`);
      else column = { field: "scope", scope, name: `${SCOPE_PREFIX}${scope}` };
    } else {
      const field = fieldNamed(name);
      if (field !== void 0) column = { field, name: field };
      else {
        const hint = name.length === 5 && name.toLowerCase() === "scope" ? "; name the scope's qualifier, as in scope.location" : didYouMean(name);
        headerIssue(void 0, `column ${c + 1}: unknown column ${quote(name)}${hint} (columns name claim fields: ${SHEET_FIELDS.join(", ")}, scope.<name>; a column whose name starts with # is not read)`);
      }
    }
    if (column !== void 0) {
      const first = seen.get(column.name);
      if (first !== void 0) headerIssue(void 0, `columns ${first + 1} and ${c + 1} are both ${quote(column.name)}`);
      else seen.set(column.name, c);
    }
    columns.push(column);
  });
  for (const field of REQUIRED) {
    if (!seen.has(field)) headerIssue(void 0, `the header has no ${quote(field)} column; a claim sheet needs ${REQUIRED.join(", ")}`);
  }
  return { columns, issues };
}
function isScopeName(name) {
  return name.slice(0, SCOPE_PREFIX.length).toLowerCase() === SCOPE_PREFIX;
}
function fieldNamed(name) {
  if (name.length > 16) return void 0;
  const lower = name.toLowerCase();
  return SHEET_FIELDS.find((known) => known.toLowerCase() === lower);
}
function didYouMean(name) {
  const hint = closest(name, SHEET_FIELDS);
  return hint === void 0 ? "" : `; did you mean "${hint}"?`;
}
function guessDelimiter(text2) {
  const known = (delimiter) => {
    const first = import_papaparse.default.parse(text2, { delimiter, quoteChar: '"', preview: 1, header: false }).data[0] ?? [];
    let count = 0;
    for (const cell of first) {
      const name = cell.trim();
      if (isScopeName(name) || fieldNamed(name) !== void 0) count++;
    }
    return count;
  };
  return known(";") > known(",") ? ";" : ",";
}
function cellValue(text2) {
  const lower = text2.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  return text2;
}
function splitNames(text2) {
  const names = [];
  for (const part of text2.split(";")) {
    const name = part.trim();
    if (name !== "") names.push(name);
  }
  return names;
}
function isFormulaStart(c) {
  return c === "=" || c === "+" || c === "-" || c === "@" || c === "	" || c === "\r" || c === "'";
}
function unescapeCell(cell) {
  return cell[0] === "'" && isFormulaStart(cell[1]) ? cell.slice(1) : cell;
}
function quoteError(error2) {
  switch (error2.code) {
    case "MissingQuotes":
      return 'a quoted cell is never closed: a " opens it and no " ends it, so the rest of the file is read into it';
    case "InvalidQuotes":
      return 'a quoted cell goes on after its closing quote; write a " inside a quoted cell as "" (the rows up to the next quote may be read into this one)';
    default:
      return error2.message;
  }
}
function escapePointer(segment) {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}
function unescapePointer(segment) {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}
function columnOf(rest, sheet) {
  if (rest === "") return void 0;
  const segments = rest.split("/");
  const key = segments[1] === "scope" && segments.length > 2 ? `/scope/${segments[2]}` : `/${segments[1]}`;
  return sheet.columns.get(key) ?? (key.startsWith("/scope/") ? `${SCOPE_PREFIX}${unescapePointer(key.slice(7))}` : key.slice(1));
}
function locateInSheet(issue2, sheet) {
  const message = rowsInMessage(issue2.message, sheet);
  if (issue2.row !== void 0) return message === issue2.message ? issue2 : { ...issue2, message };
  const claim2 = claimPointer(issue2.path);
  const row = claim2 ? sheet.rows[claim2.index] : void 0;
  if (claim2 === void 0 || row === void 0) return message === issue2.message ? issue2 : { ...issue2, message };
  const column = columnOf(claim2.rest, sheet);
  return { ...issue2, message, row, ...column === void 0 ? {} : { column } };
}
function rowsInMessage(message, sheet) {
  const marker = "/claims/";
  let at2 = message.indexOf(marker);
  if (at2 < 0) return message;
  let out = "";
  let from = 0;
  while (at2 >= 0) {
    let end = at2 + marker.length;
    while (end < message.length && message.charCodeAt(end) >= 48 && message.charCodeAt(end) <= 57) end++;
    const row = end > at2 + marker.length ? sheet.rows[Number(message.slice(at2 + marker.length, end))] : void 0;
    if (row === void 0) {
      out += message.slice(from, end);
    } else {
      let restEnd = end;
      if (message[end] === "/") while (restEnd < message.length && isPointerCharacter(message.charCodeAt(restEnd))) restEnd++;
      const column = columnOf(message.slice(end, restEnd), sheet);
      out += `${message.slice(from, at2)}row ${row}${column === void 0 ? "" : `, column ${column}`}`;
      end = restEnd;
    }
    from = end;
    at2 = message.indexOf(marker, end);
  }
  return out + message.slice(from);
}
function isPointerCharacter(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 47 || c === 126 || c === 95 || c === 45;
}

// src/model/claim-set-validator.generated.js
var claim_set_validator_generated_default = validate20;
var schema34 = { "type": "object", "properties": { "id": { "type": "string", "pattern": "\\S", "description": "Identifier used by claims' `property`." }, "type": { "type": "string", "enum": ["quantity", "date", "boolean", "text"], "description": "How values of the property are read and compared." }, "temporal": { "type": "string", "enum": ["static", "state", "cumulative"], "description": "static: never changes (an event's date); state: changes over time (a troop count); cumulative: never decreases (attacks since a date)." }, "tolerance": { "description": 'Quantities: relative tolerance of exact figures (0.02 = 2 %). Dates: an ISO 8601 duration ("P15D"). Default 0.', "anyOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^P(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?$", "description": "For dates: how many days apart two dates may be and still agree." }] }, "approx": { "description": "Relative width of approximate (~) figures. Default 0.1.", "type": "number", "minimum": 0 }, "window": { "type": "string", "pattern": "^P(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?$", "description": "How far apart two claims about a changing value may be and still describe the same moment. Default P30D." }, "cardinality": { "type": "string", "enum": ["one", "many"], "description": "many: several values may all be true at once (destinations of a convoy)." }, "unit": { "type": "string", "description": 'Unit of the figure, free text (e.g. "troops").' }, "label": { "description": 'How messages name the property ("attacks on US forces"); default: its id, dashes as spaces.', "type": "string" }, "nesting": { "type": "string", "enum": ["sum", "within", "none"], "description": "How a part's value relates to its whole's (entities' partOf): sum (a count for a part cannot exceed its whole's; the default for quantities), within (a date for a part cannot end later than its whole's: a presence or a deadline), none (not compared; the default for dates, booleans and text)." }, "description": { "description": "What the property means, for readers of the report.", "type": "string" } }, "required": ["id"], "additionalProperties": false, "title": "Property", "description": "How values of a property compare (DESIGN \xA73)." };
var pattern4 = new RegExp("\\S", "u");
var pattern9 = new RegExp("^P(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?$", "u");
var pattern13 = new RegExp("^(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.)\\/(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.))$", "u");
var func1 = Object.prototype.hasOwnProperty;
var schema36 = { "type": "object", "properties": { "id": { "type": "string", "pattern": "\\S", "description": "Unique identifier of the claim." }, "subject": { "type": "string", "pattern": "\\S", "description": "Who or what the claim is about: an entity id or any of its labels." }, "property": { "type": "string", "pattern": "\\S", "description": "What is stated about the subject: a property id." }, "scope": { "$ref": "#/$defs/Scope" }, "value": { "$ref": "#/$defs/ClaimValue" }, "source": { "type": "string", "pattern": "\\S", "description": "Who published the claim: a source id or entity label; may be left to its document's." }, "published": { "type": "string", "pattern": "^(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.)\\/(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.))$", "description": "When the source published the claim." }, "asOf": { "type": "string", "pattern": "^(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.)\\/(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.))$", "description": "When the value holds; defaults to `published`." }, "document": { "description": "The article or statement; defaults to the source and publication date.", "type": "string" }, "attribution": { "description": "Who the source credits, nearest first; the last one is the claim's origin.", "type": "array", "items": { "type": "string", "pattern": "\\S", "description": "A source id or entity label." } }, "modality": { "type": "string", "enum": ["asserted", "planned", "denied"], "description": "asserted (default): the source states it; planned: a plan or deadline; denied: the source denies it." }, "quote": { "description": "The words of the source: the evidence.", "type": "string" }, "url": { "description": "Where the claim can be read.", "type": "string" }, "note": { "description": "Free-text note for editors.", "type": "string" } }, "required": ["id", "subject", "property", "value"], "additionalProperties": false, "title": "Claim", "description": "Who said what, when, about what." };
var pattern18 = new RegExp("^(?!(?:__proto__|constructor|prototype)$)", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!(typeof data == "number")) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (typeof data !== "string") {
    const err1 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  const _errs5 = errors;
  if (typeof data !== "boolean") {
    const err2 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  var _valid0 = _errs5 === errors;
  valid0 = valid0 || _valid0;
  const _errs7 = errors;
  const _errs8 = errors;
  if (errors === _errs8) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs10 = errors;
      for (const key0 in data) {
        if (!(key0 === "amount" || key0 === "approx" || key0 === "min" || key0 === "max" || key0 === "minExclusive" || key0 === "maxExclusive" || key0 === "unit")) {
          const err3 = { instancePath, schemaPath: "#/$defs/QuantityObject/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
          break;
        }
      }
      if (_errs10 === errors) {
        if (data.amount !== void 0) {
          const _errs11 = errors;
          if (!(typeof data.amount == "number")) {
            const err4 = { instancePath: instancePath + "/amount", schemaPath: "#/$defs/QuantityObject/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          var valid2 = _errs11 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.approx !== void 0) {
            const _errs13 = errors;
            if (typeof data.approx !== "boolean") {
              const err5 = { instancePath: instancePath + "/approx", schemaPath: "#/$defs/QuantityObject/properties/approx/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            var valid2 = _errs13 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.min !== void 0) {
              const _errs15 = errors;
              if (!(typeof data.min == "number")) {
                const err6 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/QuantityObject/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              var valid2 = _errs15 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.max !== void 0) {
                const _errs17 = errors;
                if (!(typeof data.max == "number")) {
                  const err7 = { instancePath: instancePath + "/max", schemaPath: "#/$defs/QuantityObject/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                var valid2 = _errs17 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.minExclusive !== void 0) {
                  const _errs19 = errors;
                  if (typeof data.minExclusive !== "boolean") {
                    const err8 = { instancePath: instancePath + "/minExclusive", schemaPath: "#/$defs/QuantityObject/properties/minExclusive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                  var valid2 = _errs19 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data.maxExclusive !== void 0) {
                    const _errs21 = errors;
                    if (typeof data.maxExclusive !== "boolean") {
                      const err9 = { instancePath: instancePath + "/maxExclusive", schemaPath: "#/$defs/QuantityObject/properties/maxExclusive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                    var valid2 = _errs21 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data.unit !== void 0) {
                      const _errs23 = errors;
                      if (typeof data.unit !== "string") {
                        const err10 = { instancePath: instancePath + "/unit", schemaPath: "#/$defs/QuantityObject/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                      var valid2 = _errs23 === errors;
                    } else {
                      var valid2 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      const err11 = { instancePath, schemaPath: "#/$defs/QuantityObject/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
  }
  var _valid0 = _errs7 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = true;
  }
  if (!valid0) {
    const err12 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
    validate22.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate22.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate22.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.subject === void 0 && (missing0 = "subject") || data.property === void 0 && (missing0 = "property") || data.value === void 0 && (missing0 = "value")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func1.call(schema36.properties, key0)) {
            validate21.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (!pattern4.test(data0)) {
                  validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                  return false;
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.subject !== void 0) {
              let data1 = data.subject;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (!pattern4.test(data1)) {
                    validate21.errors = [{ instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                    return false;
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.property !== void 0) {
                let data2 = data.property;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (typeof data2 === "string") {
                    if (!pattern4.test(data2)) {
                      validate21.errors = [{ instancePath: instancePath + "/property", schemaPath: "#/properties/property/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                      return false;
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/property", schemaPath: "#/properties/property/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.scope !== void 0) {
                  let data3 = data.scope;
                  const _errs8 = errors;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                      for (const key1 in data3) {
                        const _errs11 = errors;
                        if (typeof key1 !== "string") {
                          const err0 = { instancePath: instancePath + "/scope", schemaPath: "#/$defs/Scope/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
                          if (vErrors === null) {
                            vErrors = [err0];
                          } else {
                            vErrors.push(err0);
                          }
                          errors++;
                        }
                        const _errs13 = errors;
                        if (typeof key1 === "string") {
                          if (!pattern4.test(key1)) {
                            const err1 = { instancePath: instancePath + "/scope", schemaPath: "#/$defs/Scope/propertyNames/allOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', propertyName: key1 };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                          }
                        }
                        var valid3 = _errs13 === errors;
                        if (valid3) {
                          const _errs14 = errors;
                          if (typeof key1 === "string") {
                            if (!pattern18.test(key1)) {
                              const err2 = { instancePath: instancePath + "/scope", schemaPath: "#/$defs/Scope/propertyNames/allOf/1/pattern", keyword: "pattern", params: { pattern: "^(?!(?:__proto__|constructor|prototype)$)" }, message: 'must match pattern "^(?!(?:__proto__|constructor|prototype)$)"', propertyName: key1 };
                              if (vErrors === null) {
                                vErrors = [err2];
                              } else {
                                vErrors.push(err2);
                              }
                              errors++;
                            }
                          }
                          var valid3 = _errs14 === errors;
                        }
                        var valid2 = _errs11 === errors;
                        if (!valid2) {
                          const err3 = { instancePath: instancePath + "/scope", schemaPath: "#/$defs/Scope/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                          if (vErrors === null) {
                            vErrors = [err3];
                          } else {
                            vErrors.push(err3);
                          }
                          errors++;
                          validate21.errors = vErrors;
                          return false;
                          break;
                        }
                      }
                      if (valid2) {
                        for (const key2 in data3) {
                          let data4 = data3[key2];
                          const _errs16 = errors;
                          if (errors === _errs16) {
                            if (typeof data4 === "string") {
                              if (!pattern4.test(data4)) {
                                validate21.errors = [{ instancePath: instancePath + "/scope/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/Scope/additionalProperties/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                return false;
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/scope/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/Scope/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid4 = _errs16 === errors;
                          if (!valid4) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/scope", schemaPath: "#/$defs/Scope/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.value !== void 0) {
                    const _errs18 = errors;
                    if (!validate22(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs18 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.source !== void 0) {
                      let data6 = data.source;
                      const _errs19 = errors;
                      if (errors === _errs19) {
                        if (typeof data6 === "string") {
                          if (!pattern4.test(data6)) {
                            validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                            return false;
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid0 = _errs19 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.published !== void 0) {
                        let data7 = data.published;
                        const _errs21 = errors;
                        if (errors === _errs21) {
                          if (typeof data7 === "string") {
                            if (!pattern13.test(data7)) {
                              validate21.errors = [{ instancePath: instancePath + "/published", schemaPath: "#/properties/published/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.)\\/(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.))$" }, message: 'must match pattern "^(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.)\\/(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.))$"' }];
                              return false;
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/published", schemaPath: "#/properties/published/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid0 = _errs21 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.asOf !== void 0) {
                          let data8 = data.asOf;
                          const _errs23 = errors;
                          if (errors === _errs23) {
                            if (typeof data8 === "string") {
                              if (!pattern13.test(data8)) {
                                validate21.errors = [{ instancePath: instancePath + "/asOf", schemaPath: "#/properties/asOf/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.)\\/(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.))$" }, message: 'must match pattern "^(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.)\\/(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.))$"' }];
                                return false;
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/asOf", schemaPath: "#/properties/asOf/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid0 = _errs23 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.document !== void 0) {
                            const _errs25 = errors;
                            if (typeof data.document !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/document", schemaPath: "#/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs25 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.attribution !== void 0) {
                              let data10 = data.attribution;
                              const _errs27 = errors;
                              if (errors === _errs27) {
                                if (Array.isArray(data10)) {
                                  var valid5 = true;
                                  const len0 = data10.length;
                                  for (let i0 = 0; i0 < len0; i0++) {
                                    let data11 = data10[i0];
                                    const _errs29 = errors;
                                    if (errors === _errs29) {
                                      if (typeof data11 === "string") {
                                        if (!pattern4.test(data11)) {
                                          validate21.errors = [{ instancePath: instancePath + "/attribution/" + i0, schemaPath: "#/properties/attribution/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                          return false;
                                        }
                                      } else {
                                        validate21.errors = [{ instancePath: instancePath + "/attribution/" + i0, schemaPath: "#/properties/attribution/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid5 = _errs29 === errors;
                                    if (!valid5) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/attribution", schemaPath: "#/properties/attribution/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs27 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.modality !== void 0) {
                                let data12 = data.modality;
                                const _errs31 = errors;
                                if (typeof data12 !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/modality", schemaPath: "#/properties/modality/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                if (!(data12 === "asserted" || data12 === "planned" || data12 === "denied")) {
                                  validate21.errors = [{ instancePath: instancePath + "/modality", schemaPath: "#/properties/modality/enum", keyword: "enum", params: { allowedValues: schema36.properties.modality.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid0 = _errs31 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.quote !== void 0) {
                                  const _errs33 = errors;
                                  if (typeof data.quote !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/quote", schemaPath: "#/properties/quote/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs33 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.url !== void 0) {
                                    const _errs35 = errors;
                                    if (typeof data.url !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs35 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.note !== void 0) {
                                      const _errs37 = errors;
                                      if (typeof data.note !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/note", schemaPath: "#/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs37 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.claims === void 0 && (missing0 = "claims")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "$schema" || key0 === "sources" || key0 === "entities" || key0 === "properties" || key0 === "documents" || key0 === "claims")) {
            validate20.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.$schema !== void 0) {
            const _errs2 = errors;
            if (typeof data.$schema !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sources !== void 0) {
              let data1 = data.sources;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data1)) {
                  var valid1 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    const _errs6 = errors;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing1;
                        if (data2.id === void 0 && (missing1 = "id")) {
                          validate20.errors = [{ instancePath: instancePath + "/sources/" + i0, schemaPath: "#/$defs/Source/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          const _errs9 = errors;
                          for (const key1 in data2) {
                            if (!(key1 === "id" || key1 === "name" || key1 === "kind" || key1 === "url" || key1 === "reliability")) {
                              validate20.errors = [{ instancePath: instancePath + "/sources/" + i0, schemaPath: "#/$defs/Source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs9 === errors) {
                            if (data2.id !== void 0) {
                              let data3 = data2.id;
                              const _errs10 = errors;
                              if (errors === _errs10) {
                                if (typeof data3 === "string") {
                                  if (!pattern4.test(data3)) {
                                    validate20.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/id", schemaPath: "#/$defs/Source/properties/id/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                    return false;
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/id", schemaPath: "#/$defs/Source/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid3 = _errs10 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data2.name !== void 0) {
                                const _errs12 = errors;
                                if (typeof data2.name !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/name", schemaPath: "#/$defs/Source/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs12 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data2.kind !== void 0) {
                                  const _errs14 = errors;
                                  if (typeof data2.kind !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/kind", schemaPath: "#/$defs/Source/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs14 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data2.url !== void 0) {
                                    const _errs16 = errors;
                                    if (typeof data2.url !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/url", schemaPath: "#/$defs/Source/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid3 = _errs16 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data2.reliability !== void 0) {
                                      let data7 = data2.reliability;
                                      const _errs18 = errors;
                                      if (errors === _errs18) {
                                        if (typeof data7 == "number") {
                                          if (data7 > 1 || isNaN(data7)) {
                                            validate20.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/reliability", schemaPath: "#/$defs/Source/properties/reliability/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                            return false;
                                          } else {
                                            if (data7 < 0 || isNaN(data7)) {
                                              validate20.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/reliability", schemaPath: "#/$defs/Source/properties/reliability/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                              return false;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/reliability", schemaPath: "#/$defs/Source/properties/reliability/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs18 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/sources/" + i0, schemaPath: "#/$defs/Source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.entities !== void 0) {
                let data8 = data.entities;
                const _errs20 = errors;
                if (errors === _errs20) {
                  if (Array.isArray(data8)) {
                    var valid4 = true;
                    const len1 = data8.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data9 = data8[i1];
                      const _errs22 = errors;
                      const _errs23 = errors;
                      if (errors === _errs23) {
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                          let missing2;
                          if (data9.id === void 0 && (missing2 = "id")) {
                            validate20.errors = [{ instancePath: instancePath + "/entities/" + i1, schemaPath: "#/$defs/Entity/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                            return false;
                          } else {
                            const _errs25 = errors;
                            for (const key2 in data9) {
                              if (!(key2 === "id" || key2 === "labels" || key2 === "kind" || key2 === "partOf" || key2 === "note")) {
                                validate20.errors = [{ instancePath: instancePath + "/entities/" + i1, schemaPath: "#/$defs/Entity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs25 === errors) {
                              if (data9.id !== void 0) {
                                let data10 = data9.id;
                                const _errs26 = errors;
                                if (errors === _errs26) {
                                  if (typeof data10 === "string") {
                                    if (!pattern4.test(data10)) {
                                      validate20.errors = [{ instancePath: instancePath + "/entities/" + i1 + "/id", schemaPath: "#/$defs/Entity/properties/id/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                      return false;
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/entities/" + i1 + "/id", schemaPath: "#/$defs/Entity/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid6 = _errs26 === errors;
                              } else {
                                var valid6 = true;
                              }
                              if (valid6) {
                                if (data9.labels !== void 0) {
                                  let data11 = data9.labels;
                                  const _errs28 = errors;
                                  if (errors === _errs28) {
                                    if (Array.isArray(data11)) {
                                      var valid7 = true;
                                      const len2 = data11.length;
                                      for (let i2 = 0; i2 < len2; i2++) {
                                        let data12 = data11[i2];
                                        const _errs30 = errors;
                                        if (errors === _errs30) {
                                          if (typeof data12 === "string") {
                                            if (!pattern4.test(data12)) {
                                              validate20.errors = [{ instancePath: instancePath + "/entities/" + i1 + "/labels/" + i2, schemaPath: "#/$defs/Entity/properties/labels/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                              return false;
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/entities/" + i1 + "/labels/" + i2, schemaPath: "#/$defs/Entity/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid7 = _errs30 === errors;
                                        if (!valid7) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/entities/" + i1 + "/labels", schemaPath: "#/$defs/Entity/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid6 = _errs28 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data9.kind !== void 0) {
                                    const _errs32 = errors;
                                    if (typeof data9.kind !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/entities/" + i1 + "/kind", schemaPath: "#/$defs/Entity/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid6 = _errs32 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data9.partOf !== void 0) {
                                      let data14 = data9.partOf;
                                      const _errs34 = errors;
                                      if (errors === _errs34) {
                                        if (Array.isArray(data14)) {
                                          var valid8 = true;
                                          const len3 = data14.length;
                                          for (let i3 = 0; i3 < len3; i3++) {
                                            let data15 = data14[i3];
                                            const _errs36 = errors;
                                            if (errors === _errs36) {
                                              if (typeof data15 === "string") {
                                                if (!pattern4.test(data15)) {
                                                  validate20.errors = [{ instancePath: instancePath + "/entities/" + i1 + "/partOf/" + i3, schemaPath: "#/$defs/Entity/properties/partOf/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                                  return false;
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/entities/" + i1 + "/partOf/" + i3, schemaPath: "#/$defs/Entity/properties/partOf/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid8 = _errs36 === errors;
                                            if (!valid8) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/entities/" + i1 + "/partOf", schemaPath: "#/$defs/Entity/properties/partOf/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid6 = _errs34 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data9.note !== void 0) {
                                        const _errs38 = errors;
                                        if (typeof data9.note !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/entities/" + i1 + "/note", schemaPath: "#/$defs/Entity/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid6 = _errs38 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/entities/" + i1, schemaPath: "#/$defs/Entity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid4 = _errs22 === errors;
                      if (!valid4) {
                        break;
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/entities", schemaPath: "#/properties/entities/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs20 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.properties !== void 0) {
                  let data17 = data.properties;
                  const _errs40 = errors;
                  if (errors === _errs40) {
                    if (Array.isArray(data17)) {
                      var valid9 = true;
                      const len4 = data17.length;
                      for (let i4 = 0; i4 < len4; i4++) {
                        let data18 = data17[i4];
                        const _errs42 = errors;
                        const _errs43 = errors;
                        if (errors === _errs43) {
                          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                            let missing3;
                            if (data18.id === void 0 && (missing3 = "id")) {
                              validate20.errors = [{ instancePath: instancePath + "/properties/" + i4, schemaPath: "#/$defs/Property/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                              return false;
                            } else {
                              const _errs45 = errors;
                              for (const key3 in data18) {
                                if (!func1.call(schema34.properties, key3)) {
                                  validate20.errors = [{ instancePath: instancePath + "/properties/" + i4, schemaPath: "#/$defs/Property/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs45 === errors) {
                                if (data18.id !== void 0) {
                                  let data19 = data18.id;
                                  const _errs46 = errors;
                                  if (errors === _errs46) {
                                    if (typeof data19 === "string") {
                                      if (!pattern4.test(data19)) {
                                        validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/id", schemaPath: "#/$defs/Property/properties/id/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                        return false;
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/id", schemaPath: "#/$defs/Property/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid11 = _errs46 === errors;
                                } else {
                                  var valid11 = true;
                                }
                                if (valid11) {
                                  if (data18.type !== void 0) {
                                    let data20 = data18.type;
                                    const _errs48 = errors;
                                    if (typeof data20 !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/type", schemaPath: "#/$defs/Property/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    if (!(data20 === "quantity" || data20 === "date" || data20 === "boolean" || data20 === "text")) {
                                      validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/type", schemaPath: "#/$defs/Property/properties/type/enum", keyword: "enum", params: { allowedValues: schema34.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                      return false;
                                    }
                                    var valid11 = _errs48 === errors;
                                  } else {
                                    var valid11 = true;
                                  }
                                  if (valid11) {
                                    if (data18.temporal !== void 0) {
                                      let data21 = data18.temporal;
                                      const _errs50 = errors;
                                      if (typeof data21 !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/temporal", schemaPath: "#/$defs/Property/properties/temporal/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      if (!(data21 === "static" || data21 === "state" || data21 === "cumulative")) {
                                        validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/temporal", schemaPath: "#/$defs/Property/properties/temporal/enum", keyword: "enum", params: { allowedValues: schema34.properties.temporal.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid11 = _errs50 === errors;
                                    } else {
                                      var valid11 = true;
                                    }
                                    if (valid11) {
                                      if (data18.tolerance !== void 0) {
                                        let data22 = data18.tolerance;
                                        const _errs52 = errors;
                                        const _errs53 = errors;
                                        let valid12 = false;
                                        const _errs54 = errors;
                                        if (errors === _errs54) {
                                          if (typeof data22 == "number") {
                                            if (data22 < 0 || isNaN(data22)) {
                                              const err0 = { instancePath: instancePath + "/properties/" + i4 + "/tolerance", schemaPath: "#/$defs/Property/properties/tolerance/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                              if (vErrors === null) {
                                                vErrors = [err0];
                                              } else {
                                                vErrors.push(err0);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err1 = { instancePath: instancePath + "/properties/" + i4 + "/tolerance", schemaPath: "#/$defs/Property/properties/tolerance/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                            if (vErrors === null) {
                                              vErrors = [err1];
                                            } else {
                                              vErrors.push(err1);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid0 = _errs54 === errors;
                                        valid12 = valid12 || _valid0;
                                        const _errs56 = errors;
                                        if (errors === _errs56) {
                                          if (typeof data22 === "string") {
                                            if (!pattern9.test(data22)) {
                                              const err2 = { instancePath: instancePath + "/properties/" + i4 + "/tolerance", schemaPath: "#/$defs/Property/properties/tolerance/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^P(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?$" }, message: 'must match pattern "^P(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?$"' };
                                              if (vErrors === null) {
                                                vErrors = [err2];
                                              } else {
                                                vErrors.push(err2);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err3 = { instancePath: instancePath + "/properties/" + i4 + "/tolerance", schemaPath: "#/$defs/Property/properties/tolerance/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err3];
                                            } else {
                                              vErrors.push(err3);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid0 = _errs56 === errors;
                                        valid12 = valid12 || _valid0;
                                        if (!valid12) {
                                          const err4 = { instancePath: instancePath + "/properties/" + i4 + "/tolerance", schemaPath: "#/$defs/Property/properties/tolerance/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                          if (vErrors === null) {
                                            vErrors = [err4];
                                          } else {
                                            vErrors.push(err4);
                                          }
                                          errors++;
                                          validate20.errors = vErrors;
                                          return false;
                                        } else {
                                          errors = _errs53;
                                          if (vErrors !== null) {
                                            if (_errs53) {
                                              vErrors.length = _errs53;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid11 = _errs52 === errors;
                                      } else {
                                        var valid11 = true;
                                      }
                                      if (valid11) {
                                        if (data18.approx !== void 0) {
                                          let data23 = data18.approx;
                                          const _errs58 = errors;
                                          if (errors === _errs58) {
                                            if (typeof data23 == "number") {
                                              if (data23 < 0 || isNaN(data23)) {
                                                validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/approx", schemaPath: "#/$defs/Property/properties/approx/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/approx", schemaPath: "#/$defs/Property/properties/approx/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                              return false;
                                            }
                                          }
                                          var valid11 = _errs58 === errors;
                                        } else {
                                          var valid11 = true;
                                        }
                                        if (valid11) {
                                          if (data18.window !== void 0) {
                                            let data24 = data18.window;
                                            const _errs60 = errors;
                                            if (errors === _errs60) {
                                              if (typeof data24 === "string") {
                                                if (!pattern9.test(data24)) {
                                                  validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/window", schemaPath: "#/$defs/Property/properties/window/pattern", keyword: "pattern", params: { pattern: "^P(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?$" }, message: 'must match pattern "^P(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?$"' }];
                                                  return false;
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/window", schemaPath: "#/$defs/Property/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid11 = _errs60 === errors;
                                          } else {
                                            var valid11 = true;
                                          }
                                          if (valid11) {
                                            if (data18.cardinality !== void 0) {
                                              let data25 = data18.cardinality;
                                              const _errs62 = errors;
                                              if (typeof data25 !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/cardinality", schemaPath: "#/$defs/Property/properties/cardinality/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              if (!(data25 === "one" || data25 === "many")) {
                                                validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/cardinality", schemaPath: "#/$defs/Property/properties/cardinality/enum", keyword: "enum", params: { allowedValues: schema34.properties.cardinality.enum }, message: "must be equal to one of the allowed values" }];
                                                return false;
                                              }
                                              var valid11 = _errs62 === errors;
                                            } else {
                                              var valid11 = true;
                                            }
                                            if (valid11) {
                                              if (data18.unit !== void 0) {
                                                const _errs64 = errors;
                                                if (typeof data18.unit !== "string") {
                                                  validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/unit", schemaPath: "#/$defs/Property/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid11 = _errs64 === errors;
                                              } else {
                                                var valid11 = true;
                                              }
                                              if (valid11) {
                                                if (data18.label !== void 0) {
                                                  const _errs66 = errors;
                                                  if (typeof data18.label !== "string") {
                                                    validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/label", schemaPath: "#/$defs/Property/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid11 = _errs66 === errors;
                                                } else {
                                                  var valid11 = true;
                                                }
                                                if (valid11) {
                                                  if (data18.nesting !== void 0) {
                                                    let data28 = data18.nesting;
                                                    const _errs68 = errors;
                                                    if (typeof data28 !== "string") {
                                                      validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/nesting", schemaPath: "#/$defs/Property/properties/nesting/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    if (!(data28 === "sum" || data28 === "within" || data28 === "none")) {
                                                      validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/nesting", schemaPath: "#/$defs/Property/properties/nesting/enum", keyword: "enum", params: { allowedValues: schema34.properties.nesting.enum }, message: "must be equal to one of the allowed values" }];
                                                      return false;
                                                    }
                                                    var valid11 = _errs68 === errors;
                                                  } else {
                                                    var valid11 = true;
                                                  }
                                                  if (valid11) {
                                                    if (data18.description !== void 0) {
                                                      const _errs70 = errors;
                                                      if (typeof data18.description !== "string") {
                                                        validate20.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/description", schemaPath: "#/$defs/Property/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid11 = _errs70 === errors;
                                                    } else {
                                                      var valid11 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/properties/" + i4, schemaPath: "#/$defs/Property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid9 = _errs42 === errors;
                        if (!valid9) {
                          break;
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs40 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.documents !== void 0) {
                    let data30 = data.documents;
                    const _errs72 = errors;
                    if (errors === _errs72) {
                      if (Array.isArray(data30)) {
                        var valid13 = true;
                        const len5 = data30.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                          let data31 = data30[i5];
                          const _errs74 = errors;
                          const _errs75 = errors;
                          if (errors === _errs75) {
                            if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                              let missing4;
                              if (data31.id === void 0 && (missing4 = "id")) {
                                validate20.errors = [{ instancePath: instancePath + "/documents/" + i5, schemaPath: "#/$defs/Document/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                return false;
                              } else {
                                const _errs77 = errors;
                                for (const key4 in data31) {
                                  if (!(key4 === "id" || key4 === "source" || key4 === "title" || key4 === "url" || key4 === "published" || key4 === "note")) {
                                    validate20.errors = [{ instancePath: instancePath + "/documents/" + i5, schemaPath: "#/$defs/Document/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs77 === errors) {
                                  if (data31.id !== void 0) {
                                    let data32 = data31.id;
                                    const _errs78 = errors;
                                    if (errors === _errs78) {
                                      if (typeof data32 === "string") {
                                        if (!pattern4.test(data32)) {
                                          validate20.errors = [{ instancePath: instancePath + "/documents/" + i5 + "/id", schemaPath: "#/$defs/Document/properties/id/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                          return false;
                                        }
                                      } else {
                                        validate20.errors = [{ instancePath: instancePath + "/documents/" + i5 + "/id", schemaPath: "#/$defs/Document/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid15 = _errs78 === errors;
                                  } else {
                                    var valid15 = true;
                                  }
                                  if (valid15) {
                                    if (data31.source !== void 0) {
                                      let data33 = data31.source;
                                      const _errs80 = errors;
                                      if (errors === _errs80) {
                                        if (typeof data33 === "string") {
                                          if (!pattern4.test(data33)) {
                                            validate20.errors = [{ instancePath: instancePath + "/documents/" + i5 + "/source", schemaPath: "#/$defs/Document/properties/source/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                            return false;
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/documents/" + i5 + "/source", schemaPath: "#/$defs/Document/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid15 = _errs80 === errors;
                                    } else {
                                      var valid15 = true;
                                    }
                                    if (valid15) {
                                      if (data31.title !== void 0) {
                                        const _errs82 = errors;
                                        if (typeof data31.title !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/documents/" + i5 + "/title", schemaPath: "#/$defs/Document/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid15 = _errs82 === errors;
                                      } else {
                                        var valid15 = true;
                                      }
                                      if (valid15) {
                                        if (data31.url !== void 0) {
                                          const _errs84 = errors;
                                          if (typeof data31.url !== "string") {
                                            validate20.errors = [{ instancePath: instancePath + "/documents/" + i5 + "/url", schemaPath: "#/$defs/Document/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid15 = _errs84 === errors;
                                        } else {
                                          var valid15 = true;
                                        }
                                        if (valid15) {
                                          if (data31.published !== void 0) {
                                            let data36 = data31.published;
                                            const _errs86 = errors;
                                            if (errors === _errs86) {
                                              if (typeof data36 === "string") {
                                                if (!pattern13.test(data36)) {
                                                  validate20.errors = [{ instancePath: instancePath + "/documents/" + i5 + "/published", schemaPath: "#/$defs/Document/properties/published/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.)\\/(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.))$" }, message: 'must match pattern "^(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.)\\/(?:(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)|\\.\\.))$"' }];
                                                  return false;
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/documents/" + i5 + "/published", schemaPath: "#/$defs/Document/properties/published/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid15 = _errs86 === errors;
                                          } else {
                                            var valid15 = true;
                                          }
                                          if (valid15) {
                                            if (data31.note !== void 0) {
                                              const _errs88 = errors;
                                              if (typeof data31.note !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/documents/" + i5 + "/note", schemaPath: "#/$defs/Document/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid15 = _errs88 === errors;
                                            } else {
                                              var valid15 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/documents/" + i5, schemaPath: "#/$defs/Document/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid13 = _errs74 === errors;
                          if (!valid13) {
                            break;
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs72 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.claims !== void 0) {
                      let data38 = data.claims;
                      const _errs90 = errors;
                      if (errors === _errs90) {
                        if (Array.isArray(data38)) {
                          var valid16 = true;
                          const len6 = data38.length;
                          for (let i6 = 0; i6 < len6; i6++) {
                            const _errs92 = errors;
                            if (!validate21(data38[i6], { instancePath: instancePath + "/claims/" + i6, parentData: data38, parentDataProperty: i6, rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                              errors = vErrors.length;
                            }
                            var valid16 = _errs92 === errors;
                            if (!valid16) {
                              break;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs90 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/model/shape-issues.ts
var EXPECTED = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object"
};
function at(input, path) {
  let node2 = input;
  for (const key of path) {
    if (node2 === null || typeof node2 !== "object" || !Object.hasOwn(node2, key)) return void 0;
    node2 = node2[key];
  }
  return node2;
}
function fieldName(path) {
  const last = path[path.length - 1];
  return typeof last === "number" ? `item ${last}` : `"${String(last)}"`;
}
var CLAIM_VALUE_PATH = /^\/claims\/\d+\/value$/;
function describeShapeIssues(issues, input, fields = () => [], prefix = []) {
  const out = [];
  for (const issue2 of issues) {
    const path = [...prefix, ...issue2.path];
    const received = at(input, issue2.path);
    switch (issue2.code) {
      case "unrecognized_keys":
        for (const key of issue2.keys) {
          const hint = closest(key, fields(issue2.path));
          out.push({
            code: "unknown-field",
            path: toPointer([...path, key]),
            message: `unknown field ${quote(key)}${hint ? `; did you mean "${hint}"?` : ""}`
          });
        }
        break;
      case "invalid_type":
        if (path.length === 0) {
          out.push({
            code: "invalid-type",
            path: "",
            message: `a claim set must be a JSON object with a "claims" list, not ${describe2(received)}`
          });
        } else if (received === void 0) {
          out.push({ code: "missing-field", path: toPointer(path), message: `${fieldName(path)} is required` });
        } else {
          const expected = EXPECTED[issue2.expected] ?? issue2.expected;
          const what = typeof received === "number" && !Number.isFinite(received) ? "a number too large to represent" : describe2(received);
          out.push({ code: "invalid-type", path: toPointer(path), message: `must be ${expected}, not ${what}` });
        }
        break;
      case "invalid_value":
        out.push({
          code: "invalid-choice",
          path: toPointer(path),
          message: `must be one of ${issue2.values.map((v) => JSON.stringify(v)).join(", ")}, not ${describe2(received)}`
        });
        break;
      case "invalid_key":
        if (RESERVED_KEYS.includes(issue2.path[issue2.path.length - 1])) break;
        out.push({
          code: "invalid-field-name",
          path: toPointer(path),
          message: `${quote(String(issue2.path[issue2.path.length - 1]))} cannot be used as a name here: ${issue2.issues[0]?.message ?? "it is not allowed"}`
        });
        break;
      case "invalid_union":
        if (received === void 0) {
          out.push({ code: "missing-field", path: toPointer(path), message: `${fieldName(path)} is required` });
          break;
        }
        out.push({
          code: "invalid-value",
          path: toPointer(path),
          message: path[path.length - 1] === "tolerance" ? `must be a relative tolerance such as 0.02 (quantities) or a duration such as "P15D" (dates), not ${describe2(received)}` : `cannot read ${describe2(received)} as a value; write a number, text, true or false, or a quantity such as { "amount": 900 }`
        });
        break;
      default:
        out.push({ code: "invalid-value", path: toPointer(path), message: issue2.message });
    }
  }
  return out;
}

// src/normalize/label.ts
var ALEF = 1575;
function isFormat(cp) {
  return cp >= 8203 && cp <= 8207 || cp >= 8234 && cp <= 8238 || cp >= 8294 && cp <= 8297 || cp === 8288 || cp === 65279 || cp === 1564;
}
function isWhitespace(cp) {
  if (cp <= 32) return cp === 32 || cp >= 9 && cp <= 13;
  return cp === 133 || cp === 160 || cp === 5760 || cp >= 8192 && cp <= 8202 || cp === 8232 || cp === 8233 || cp === 8239 || cp === 8287 || cp === 12288;
}
function isDropped(cp) {
  return cp >= 768 && cp <= 879 || cp >= 1611 && cp <= 1618 || cp === 1648 || cp === 1600 || cp >= 1552 && cp <= 1562 || cp >= 1750 && cp <= 1773;
}
function mapCodePoint(cp) {
  if (cp >= 1632 && cp <= 1641) return cp - 1632 + 48;
  if (cp >= 1776 && cp <= 1785) return cp - 1776 + 48;
  switch (cp) {
    case 1570:
    // آ alef with madda (only if not decomposed)
    case 1571:
    // أ alef with hamza above
    case 1573:
    // إ alef with hamza below
    case 1649:
      return ALEF;
    case 1609:
    // ى alef maksura
    case 1740:
      return 1610;
    // ي
    case 1577:
      return 1607;
    // ه
    case 1705:
      return 1603;
    // ك
    default:
      return cp;
  }
}
function isAlefHamzaMark(cp) {
  return cp === 1619 || cp === 1620 || cp === 1621;
}
var COMBINING_MARK = /^\p{M}$/u;
var COMPATIBILITY = [
  160,
  190,
  306,
  383,
  452,
  499,
  688,
  740,
  890,
  901,
  976,
  1017,
  1415,
  1415,
  1653,
  1656,
  3635,
  3635,
  3763,
  3852,
  3959,
  3961,
  4348,
  4348,
  7468,
  7615,
  7834,
  7835,
  8125,
  8360,
  8448,
  8585,
  8748,
  8752,
  9312,
  9450,
  10764,
  10764,
  10868,
  10870,
  11388,
  11389,
  11631,
  11631,
  11935,
  11935,
  12019,
  12346,
  12443,
  12447,
  12543,
  12703,
  12800,
  13311,
  42652,
  42653,
  42864,
  42864,
  42993,
  43001,
  43868,
  43881,
  55296,
  57343,
  64256,
  65518
];
function isCompatibility(unit) {
  if (unit >= 1536 && unit <= 1791) return unit >= 1653 && unit <= 1656;
  for (let k = 0; k < COMPATIBILITY.length && unit >= COMPATIBILITY[k]; k += 2) {
    if (unit <= COMPATIBILITY[k + 1]) return true;
  }
  return false;
}
function normalizeLabel(label) {
  const { safe, compatibility } = prepare(label);
  const text2 = safe.normalize(compatibility ? "NFKC" : "NFC").toLowerCase().normalize("NFD");
  let out = "";
  let pendingSpace = false;
  let afterAlef = false;
  for (let i = 0; i < text2.length; ) {
    const cp = text2.codePointAt(i);
    i += cp > 65535 ? 2 : 1;
    if (isFormat(cp) || isDropped(cp)) continue;
    if (isWhitespace(cp)) {
      if (out.length > 0) pendingSpace = true;
      afterAlef = false;
      continue;
    }
    if (afterAlef && isAlefHamzaMark(cp)) continue;
    const mapped = mapCodePoint(cp);
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    out += String.fromCodePoint(mapped);
    if (mapped === ALEF) afterAlef = true;
    else if (afterAlef) afterAlef = COMBINING_MARK.test(String.fromCodePoint(cp));
  }
  return out.normalize("NFC");
}
function prepare(label) {
  let run = 0;
  let compatibility = false;
  for (let i = 0; i < label.length; i++) {
    const unit = label.charCodeAt(i);
    if (unit < 160) {
      run = 0;
      continue;
    }
    if (!compatibility && isCompatibility(unit)) compatibility = true;
    run = unit >= 768 && COMBINING_MARK.test(label[i]) ? run + 1 : 0;
    if (run > 30) return { safe: streamSafe(label), compatibility: true };
  }
  return { safe: label, compatibility };
}
function streamSafe(label) {
  let out = "";
  let run = 0;
  for (const ch of label) {
    run = COMBINING_MARK.test(ch) ? run + 1 : 0;
    if (run <= 30) out += ch;
  }
  return out;
}

// src/model/spellings.ts
function isSeparator(c) {
  return c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 127 || c === 183 || c >= 8208 && c <= 8231 || c === 1548;
}
function folded(label) {
  let out = "";
  for (let i = 0; i < label.length; i++) if (!isSeparator(label.charCodeAt(i))) out += label[i];
  return out;
}
function similarSpellings(claims) {
  const warnings = [];
  const byField = /* @__PURE__ */ new Map();
  const normals = /* @__PURE__ */ new Map();
  const see = (field, written, index, path) => {
    if (typeof written !== "string") return;
    let normal = normals.get(written);
    if (normal === void 0) normals.set(written, normal = normalizeLabel(written));
    const key = folded(normal);
    if (key === "") return;
    let spellings = byField.get(field);
    if (spellings === void 0) byField.set(field, spellings = /* @__PURE__ */ new Map());
    let forms = spellings.get(key);
    if (forms === void 0) spellings.set(key, forms = /* @__PURE__ */ new Map());
    if (forms.has(normal)) return;
    const first = forms.values().next().value;
    forms.set(normal, { index, written });
    if (first === void 0) return;
    const what = field === "subject" ? "subject" : `${field} value`;
    warnings.push({
      code: "similar-spelling",
      path: toPointer(path),
      message: `${what} ${quote(written)} differs from ${quote(first.written)} (${toPointer(["claims", first.index, ...path.slice(2)])}) only in spacing or punctuation, so they are checked as two; list both as labels of one entity under "entities"`
    });
  };
  claims.forEach((claim2, i) => {
    if (typeof claim2 !== "object" || claim2 === null) return;
    const { subject, scope } = claim2;
    see("subject", subject, i, ["claims", i, "subject"]);
    if (typeof scope === "object" && scope !== null && !Array.isArray(scope)) {
      for (const [name, value] of Object.entries(scope)) see(`scope ${quote(name)}`, value, i, ["claims", i, "scope", name]);
    }
  });
  return warnings;
}

// src/internal/first-index.ts
var FirstIndex = class {
  /** Per slot: the hash, then entry number + 1 (0: empty). Slots are a power of two, at least twice the entries. */
  table = new Int32Array(2 << 10);
  keys = [];
  indexes = [];
  /**
   * The index first recorded for `key`, or `undefined` when it is new; then
   * `index` is recorded for it.
   *
   * @example
   * const ids = new FirstIndex();
   * ids.firstOf("a", 0); // → undefined
   * ids.firstOf("a", 3); // → 0
   */
  firstOf(key, index) {
    const hash = hashOf(key);
    const { table } = this;
    const mask = (table.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      const entry2 = table[slot * 2 + 1] - 1;
      if (entry2 < 0) {
        table[slot * 2] = hash;
        table[slot * 2 + 1] = this.keys.length + 1;
        this.keys.push(key);
        this.indexes.push(index);
        if (this.keys.length * 2 > mask + 1) this.grow();
        return void 0;
      }
      if (table[slot * 2] === hash && this.keys[entry2] === key) return this.indexes[entry2];
    }
  }
  /** Doubles the table, placing every slot again by its hash (no string is read). */
  grow() {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let from = 0; from < old.length; from += 2) {
      if (old[from + 1] === 0) continue;
      let slot = old[from] & mask;
      while (table[slot * 2 + 1] !== 0) slot = slot + 1 & mask;
      table[slot * 2] = old[from];
      table[slot * 2 + 1] = old[from + 1];
    }
    this.table = table;
  }
};
function hashOf(key) {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 739982445);
  return hash ^ hash >>> 12 | 0;
}

// src/normalize/aliases.ts
function createAliasResolver(entities) {
  const claims = /* @__PURE__ */ new Map();
  const conflicts = [];
  entities.forEach((entity, index) => {
    const id = entity.id;
    const idKey = normalizeLabel(id);
    const previous = idKey === "" ? void 0 : claims.get(idKey);
    if (previous !== void 0 && previous.entity !== index) {
      const path = `/entities/${index}/id`;
      const where = `(/entities/${previous.entity})`;
      if (previous.asId) {
        const same = previous.written === id ? `Entity id ${quote(id)} is already used by entity ${where}` : `Entity id ${quote(id)} matches the id ${quote(previous.written)} of entity ${where} (ids are compared ignoring case, accents and spacing)`;
        conflicts.push({ path, message: `${same}; each entity needs its own id` });
        return;
      }
      conflicts.push({
        path,
        message: `Entity id ${describeTaken(id, previous, where)}; a label can name only one entity`
      });
    } else if (idKey !== "") {
      claims.set(idKey, { entity: index, id, written: id, asId: true });
    }
    const labels = entity.labels ?? [];
    labels.forEach((label, labelIndex) => {
      const key = normalizeLabel(label);
      if (key === "") return;
      const taken = claims.get(key);
      if (taken === void 0) {
        claims.set(key, { entity: index, id, written: label, asId: false });
        return;
      }
      if (taken.entity === index) return;
      conflicts.push({
        path: `/entities/${index}/labels/${labelIndex}`,
        message: `${describeTaken(label, taken, `(/entities/${taken.entity})`)}; a label can name only one entity`
      });
    });
  });
  Object.freeze(conflicts);
  const resolved = /* @__PURE__ */ new Map();
  return {
    resolve(label) {
      let id = resolved.get(label);
      if (id === void 0) {
        const key = normalizeLabel(label);
        id = claims.get(key)?.id ?? key;
        resolved.set(label, id);
      }
      return id;
    },
    lookup(label) {
      return claims.get(normalizeLabel(label))?.id;
    },
    conflicts
  };
}
function describeTaken(written, taken, where) {
  const role = taken.asId ? "the id" : "a label";
  const owner = `of entity ${quote(taken.id)} ${where}`;
  return taken.written === written ? `${quote(written)} is already ${role} ${owner}` : `${quote(written)} matches ${quote(taken.written)}, already ${role} ${owner}`;
}

// src/model/properties.ts
var DEFAULT_WINDOW = { text: "P30D", years: 0, months: 0, weeks: 0, days: 30 };
function resolveProperty(definition, inferredType = "text", declared = true) {
  const type = definition.type ?? inferredType;
  const resolved = {
    id: definition.id,
    type,
    temporal: definition.temporal ?? (type === "quantity" ? "state" : "static"),
    approx: definition.approx ?? DEFAULT_APPROX,
    window: (definition.window === void 0 ? void 0 : parseDuration(definition.window)) ?? DEFAULT_WINDOW,
    cardinality: definition.cardinality ?? "one",
    nesting: definition.nesting ?? defaultNesting(type, definition.unit),
    declared
  };
  const tolerance = typeof definition.tolerance === "string" ? parseDuration(definition.tolerance) : definition.tolerance;
  if (tolerance !== void 0 && tolerance !== 0) resolved.tolerance = tolerance;
  if (definition.unit !== void 0) resolved.unit = definition.unit;
  if (definition.label !== void 0) resolved.label = definition.label;
  return resolved;
}
function defaultNesting(type, unit) {
  if (type !== "quantity") return "none";
  const u = (unit ?? "").toLowerCase();
  return u.includes("%") || u.includes("percent") || u.includes("per ") || u.startsWith("per") || u.includes("/") || u.includes("rate") ? "none" : "sum";
}
function valueSettings(property) {
  return property.tolerance === void 0 ? { approx: property.approx } : { approx: property.approx, tolerance: property.tolerance };
}
function propertyProblems(definition, type) {
  const problems = [];
  const t2 = type ?? definition.type;
  if (t2 === void 0) return problems;
  if (typeof definition.tolerance === "number" && t2 !== "quantity") {
    problems.push(["/tolerance", `a number tolerance is for quantities; a ${t2} property takes ${t2 === "date" ? 'a duration such as "P15D"' : "no tolerance"}`]);
  }
  if (typeof definition.tolerance === "string" && t2 !== "date") {
    problems.push(["/tolerance", `a duration tolerance is for dates; ${t2 === "quantity" ? "a quantity property takes a relative tolerance such as 0.02" : `a ${t2} property takes no tolerance`}`]);
  }
  if (definition.approx !== void 0 && t2 !== "quantity") {
    problems.push(["/approx", `"approx" is for quantities, not for a ${t2} property`]);
  }
  if (definition.temporal === "cumulative" && t2 !== "quantity") {
    problems.push(["/temporal", `only quantities can be "cumulative" (this is a ${t2} property)`]);
  }
  if (definition.nesting === "sum" && t2 !== "quantity") {
    problems.push(["/nesting", `"sum" is for quantities (a count for a part cannot exceed its whole's); a ${t2} property takes "within" or "none"`]);
  }
  if (definition.nesting === "within" && t2 !== "date") {
    problems.push(["/nesting", `"within" is for dates (a part's cannot end later than its whole's); a ${t2} property takes ${t2 === "quantity" ? '"sum" or "none"' : '"none"'}`]);
  }
  return problems;
}
function defineProperty(definition) {
  const parsed = propertySchema.safeParse(definition);
  if (!parsed.success) throw new ClaimSetError(describeShapeIssues(parsed.error.issues, definition));
  const problems = propertyProblems(parsed.data, parsed.data.type);
  if (problems.length > 0) {
    throw new ClaimSetError(problems.map(([path, message]) => ({ code: "invalid-property", path, message })));
  }
  return definition;
}

// src/model/validate.ts
var isItem = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
var items = (doc, key) => Array.isArray(doc[key]) ? doc[key] : [];
var text = (x) => typeof x === "string" ? x : void 0;
function reservedKeyIssues(input) {
  const issues = [];
  if (!isItem(input)) return issues;
  items(input, "claims").forEach((claim2, i) => {
    if (!isItem(claim2) || !isItem(claim2.scope)) return;
    for (const key of Object.keys(claim2.scope)) {
      if (RESERVED_KEYS.includes(key)) {
        issues.push({
          code: "invalid-field-name",
          path: toPointer(["claims", i, "scope", key]),
          message: `${quote(key)} cannot be used as a scope name`
        });
      }
    }
  });
  return issues;
}
var Reported = class {
  paths = /* @__PURE__ */ new Set();
  constructor(issues) {
    for (const { path, code } of issues) {
      if (code === "invalid-value" && CLAIM_VALUE_PATH.test(path)) continue;
      for (let cut = path.length; cut > 0; cut = path.lastIndexOf("/", cut - 1)) this.paths.add(path.slice(0, cut));
      this.paths.add(path);
    }
  }
  has(path) {
    return this.paths.has(path);
  }
  get empty() {
    return this.paths.size === 0;
  }
};
function isUrl(s) {
  return URL.canParse(s);
}
function checkDocument(input, shapeIssues, sharedProperties = []) {
  const reported = new Reported(shapeIssues);
  const issues = [];
  const warnings = [];
  const doc = isItem(input) ? input : {};
  const fine = (path) => !reported.has(path);
  const add = (code, path, message) => issues.push({ code, path: toPointer(path), message });
  const entities = items(doc, "entities");
  const aliases = createAliasResolver(
    fine("/entities") ? entities : []
  );
  for (const conflict of aliases.conflicts) issues.push({ code: "ambiguous-label", ...conflict });
  if (fine("/entities")) containmentIssues(entities, add);
  const sourceIds = /* @__PURE__ */ new Map();
  items(doc, "sources").forEach((source, i) => {
    const id = isItem(source) ? text(source.id) : void 0;
    if (id === void 0 || !fine(`/sources/${i}/id`)) return;
    const key = aliases.resolve(id);
    const first = sourceIds.get(key);
    if (first === void 0) sourceIds.set(key, i);
    else add("duplicate-id", ["sources", i, "id"], `source id ${quote(id)} is already used by /sources/${first}`);
    if (isItem(source) && typeof source.url === "string" && fine(`/sources/${i}/url`) && !isUrl(source.url)) {
      add("invalid-url", ["sources", i, "url"], `${quote(source.url)} is not a full web address (https://\u2026)`);
    }
  });
  const documents = /* @__PURE__ */ new Map();
  const documentAt = /* @__PURE__ */ new Map();
  items(doc, "documents").forEach((document, i) => {
    if (!isItem(document) || !fine(`/documents/${i}`)) return;
    const entry2 = document;
    const first = documentAt.get(entry2.id);
    if (first !== void 0) {
      add("duplicate-id", ["documents", i, "id"], `document id ${quote(entry2.id)} is already used by /documents/${first}`);
      return;
    }
    documentAt.set(entry2.id, i);
    documents.set(entry2.id, entry2);
    if (typeof entry2.url === "string" && !isUrl(entry2.url)) add("invalid-url", ["documents", i, "url"], `${quote(entry2.url)} is not a full web address (https://\u2026)`);
    if (typeof entry2.published === "string") {
      const read2 = parseDate(entry2.published);
      if (!read2.ok) add("invalid-date", ["documents", i, "published"], read2.message);
    }
  });
  const definitions = /* @__PURE__ */ new Map();
  for (const shared of sharedProperties) definitions.set(defineProperty(shared).id, { definition: shared });
  const declaredHere = /* @__PURE__ */ new Map();
  items(doc, "properties").forEach((property, i) => {
    if (!isItem(property) || !fine(`/properties/${i}`)) return;
    const definition = property;
    const first = declaredHere.get(definition.id);
    if (first !== void 0) {
      add("duplicate-id", ["properties", i, "id"], `property ${quote(definition.id)} is already defined at /properties/${first}`);
      return;
    }
    declaredHere.set(definition.id, i);
    definitions.set(definition.id, { definition, index: i });
  });
  const claims = items(doc, "claims");
  const claimIds = new FirstIndex();
  const types = /* @__PURE__ */ new Map();
  const inferredFrom = /* @__PURE__ */ new Map();
  for (const [id, { definition }] of definitions) if (definition.type) types.set(id, definition.type);
  const values = [];
  const properties = /* @__PURE__ */ new Map();
  const propertyOf = (id) => {
    let resolved = properties.get(id);
    if (resolved === void 0) {
      const type = types.get(id);
      if (type === void 0) return void 0;
      const entry2 = definitions.get(id);
      resolved = resolveProperty(entry2?.definition ?? { id }, type, entry2 !== void 0);
      properties.set(id, resolved);
    }
    return resolved;
  };
  const dates = /* @__PURE__ */ new Map();
  const readDate = (raw) => {
    let read2 = dates.get(raw);
    if (read2 === void 0) dates.set(raw, read2 = parseDate(raw));
    return read2;
  };
  const readValues = /* @__PURE__ */ new Map();
  const times2 = [];
  const clean2 = reported.empty;
  const listsSources = Array.isArray(doc.sources) && fine("/sources");
  const listsDocuments = Array.isArray(doc.documents) && fine("/documents");
  if (listsSources) {
    items(doc, "documents").forEach((document, i) => {
      if (isItem(document) && typeof document.source === "string" && !sourceIds.has(aliases.resolve(document.source))) {
        warnings.push({ code: "unknown-source", path: toPointer(["documents", i, "source"]), message: `source ${quote(document.source)} is not listed under "sources"` });
      }
    });
  }
  claims.forEach((claim2, i) => {
    values.push(void 0);
    times2.push(void 0);
    if (!isItem(claim2)) return;
    if (listsSources) unknownSources(claim2, i, sourceIds, aliases, warnings);
    const document = typeof claim2.document === "string" ? documents.get(claim2.document) : void 0;
    if (listsDocuments && typeof claim2.document === "string" && document === void 0 && (clean2 || fine(`/claims/${i}/document`))) {
      warnings.push({ code: "unknown-document", path: toPointer(["claims", i, "document"]), message: `document ${quote(claim2.document)} is not listed under "documents"` });
    }
    if (claim2.source === void 0 && document?.source === void 0 && (clean2 || fine(`/claims/${i}/source`) && fine(`/claims/${i}/document`))) {
      add(
        "missing-field",
        ["claims", i, "source"],
        document === void 0 ? '"source" is required (or a "document" listed under "documents" that names one)' : `"source" is required: its document ${quote(document.id)} names none`
      );
    }
    if (typeof document?.published === "string" && claim2.published === void 0 && claim2.asOf === void 0) {
      const read3 = readDate(document.published);
      if (read3.ok) times2[i] = read3.value;
    }
    const id = text(claim2.id);
    if (id !== void 0 && (clean2 || fine(`/claims/${i}/id`))) {
      const first = claimIds.firstOf(id, i);
      if (first !== void 0) add("duplicate-id", ["claims", i, "id"], `claim id ${quote(id)} is already used by /claims/${first}`);
    }
    for (const field of ["published", "asOf"]) {
      const raw2 = claim2[field];
      if (typeof raw2 === "string" && (clean2 || fine(`/claims/${i}/${field}`))) {
        const read3 = readDate(raw2);
        if (!read3.ok) add("invalid-date", ["claims", i, field], read3.message);
        else times2[i] = read3.value;
      }
    }
    if (typeof claim2.url === "string" && (clean2 || fine(`/claims/${i}/url`)) && !isUrl(claim2.url)) {
      add("invalid-url", ["claims", i, "url"], `${quote(claim2.url)} is not a full web address (https://\u2026)`);
    }
    const propertyId = text(claim2.property);
    if (propertyId === void 0 || !(clean2 || fine(`/claims/${i}/property`) && fine(`/claims/${i}/value`)) || !("value" in claim2)) {
      return;
    }
    if (!types.has(propertyId)) {
      const inferred = inferValueType(claim2.value);
      if (inferred === void 0) {
        add("invalid-value", ["claims", i, "value"], `cannot read ${describe2(claim2.value)} as a value`);
        return;
      }
      types.set(propertyId, inferred);
      inferredFrom.set(propertyId, i);
    }
    const property = propertyOf(propertyId);
    const raw = claim2.value;
    let memo2 = typeof raw === "object" ? void 0 : readValues.get(propertyId);
    if (memo2 === void 0 && typeof raw !== "object") readValues.set(propertyId, memo2 = /* @__PURE__ */ new Map());
    let read2 = memo2?.get(raw);
    if (read2 === void 0) {
      read2 = parseValue(raw, property.type, valueSettings(property), (label) => aliases.resolve(label));
      memo2?.set(raw, read2);
    }
    if (read2.ok) values[i] = read2.value;
    else {
      const first = inferredFrom.get(propertyId);
      const why = first === void 0 || first === i ? "" : ` (property ${quote(propertyId)} is not declared, so it takes its type, ${property.type}, from its first value at /claims/${first}/value; declare it under "properties" to choose)`;
      add("invalid-value", ["claims", i, "value"], read2.message + why);
    }
  });
  for (const [id, { definition, index }] of definitions) {
    if (index === void 0) continue;
    for (const [path, message] of propertyProblems(definition, types.get(id))) {
      issues.push({ code: "invalid-property", path: `/properties/${index}${path}`, message });
    }
  }
  if (!Array.isArray(doc.entities)) warnings.push(...similarSpellings(claims));
  return { issues, warnings, analysis: { properties, values, aliases, times: times2, documents } };
}
function containmentIssues(entities, add) {
  const index = /* @__PURE__ */ new Map();
  entities.forEach((entity, i) => {
    if (!index.has(entity.id)) index.set(entity.id, i);
  });
  entities.forEach((entity, i) => {
    (entity.partOf ?? []).forEach((whole, j) => {
      if (!index.has(whole)) add("unknown-entity", ["entities", i, "partOf", j], `${quote(whole)} is no entity's id`);
      else if (whole === entity.id) add("containment-cycle", ["entities", i, "partOf", j], `${quote(entity.id)} cannot be part of itself`);
    });
  });
  const state = /* @__PURE__ */ new Map();
  for (const start2 of index.keys()) {
    if (state.has(start2)) continue;
    const path = [{ id: start2, next: 0 }];
    state.set(start2, "open");
    while (path.length > 0) {
      const top = path[path.length - 1];
      const i = index.get(top.id);
      const wholes = entities[i].partOf ?? [];
      if (top.next >= wholes.length) {
        state.set(top.id, "done");
        path.pop();
        continue;
      }
      const j = top.next++;
      const whole = wholes[j];
      if (!index.has(whole) || whole === top.id) continue;
      if (state.get(whole) === "open") {
        const from = path.findIndex((step) => step.id === whole);
        const cycle = [...path.slice(from).map((step) => step.id), whole];
        add("containment-cycle", ["entities", i, "partOf", j], `a cycle of "part of": ${cycle.map((step) => quote(step)).join(" \u2192 ")}`);
      } else if (!state.has(whole)) {
        state.set(whole, "open");
        path.push({ id: whole, next: 0 });
      }
    }
  }
}
function unknownSources(claim2, index, known, aliases, warnings = []) {
  const check2 = (name, path) => {
    if (typeof name === "string" && !known.has(aliases.resolve(name))) {
      warnings.push({ code: "unknown-source", path: toPointer(path()), message: `source ${quote(name)} is not listed under "sources"` });
    }
  };
  check2(claim2.source, () => ["claims", index, "source"]);
  if (Array.isArray(claim2.attribution)) {
    for (let j = 0; j < claim2.attribution.length; j++) check2(claim2.attribution[j], () => ["claims", index, "attribution", j]);
  }
  return warnings;
}
function sortIssues(issues, input) {
  const sections = ["", "$schema", "sources", "entities", "properties", "claims"];
  const orders = /* @__PURE__ */ new Map();
  const fieldOrder = (item) => {
    let order = orders.get(item);
    if (order === void 0) orders.set(item, order = new Map(Object.keys(item).map((key, i) => [key, i])));
    return order;
  };
  const rank = (path) => {
    const [, section = "", index = "", field = ""] = path.split("/", 4);
    const order = sections.indexOf(section);
    const n = index === "" ? -1 : Number(index);
    const item = isItem(input) && Array.isArray(input[section]) ? input[section][n] : void 0;
    const keys = isItem(item) ? fieldOrder(item) : /* @__PURE__ */ new Map();
    const position = field === "" ? void 0 : keys.get(field.replaceAll("~1", "/").replaceAll("~0", "~"));
    return [order === -1 ? sections.length : order, Number.isInteger(n) ? n : -1, position ?? keys.size];
  };
  return issues.map((issue2, position) => ({ issue: issue2, position, key: rank(issue2.path) })).sort(
    (a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.position - b.position
  ).map(({ issue: issue2 }) => issue2);
}

// src/model/parse.ts
var CONTEXT_SECTIONS = ["sources", "entities", "properties", "documents"];
var CLAIM_SET_KEYS = ["$schema", "sources", "entities", "properties", "claims"];
var decoder = new TextDecoder("utf-8", { fatal: true });
var MEMBER_BY_MEMBER = 1 << 20;
var ReadClaims = class {
  constructor(read2) {
    this.read = read2;
  }
  read;
};
var BytesOnce = class {
  #bytes;
  constructor(bytes) {
    this.#bytes = bytes;
  }
  /** The bytes, the first time; afterwards nothing. */
  take() {
    const bytes = this.#bytes;
    if (bytes === void 0) throw new TypeError("these bytes were read already");
    this.#bytes = void 0;
    return bytes;
  }
};
function emptyInput() {
  return { value: void 0, issues: [emptyIssue()] };
}
function readInput(input, format = "auto", delimiter) {
  let text2;
  if (input instanceof BytesOnce) input = input.take();
  const sheet = format === "csv" || format === "tsv";
  if (typeof input === "string") {
    text2 = input;
  } else if (input instanceof Uint8Array) {
    if (format !== "ndjson" && !sheet && input.length >= MEMBER_BY_MEMBER) {
      let shaped = true;
      const exact = !inheritedKeys();
      const value2 = readClaimSetBytes(input, void 0, (claims) => {
        if (!shaped) return -1;
        let keys = 0;
        for (const claim2 of claims) {
          const own3 = plainJsonKeys(claim2, CLAIM_DEPTH);
          if (own3 < 0) {
            shaped = false;
            return -1;
          }
          keys += own3;
        }
        shaped = claim_set_validator_generated_default({ claims });
        return exact ? keys : -1;
      });
      if (value2 !== void 0) return { value: value2, issues: [], owned: true, claimsShaped: shaped };
    }
    try {
      text2 = decoder.decode(input);
    } catch {
      if (sheet) {
        const issue2 = encodingIssue(input);
        return { value: void 0, issues: [{ ...issue2, message: `${issue2.message}; save the sheet as CSV UTF-8` }] };
      }
      return readNotUtf8(input, format);
    }
    input = void 0;
  } else if (input instanceof ReadClaims) {
    return input.read;
  } else {
    return { value: input, issues: [] };
  }
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  if (text2.trim() === "") return emptyInput();
  if (format === "ndjson") return readNdjson(text2);
  if (sheet) return { ...readSheet(text2, format, delimiter), owned: true };
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    if (format === "auto" && looksLikeNdjson(text2)) return readNdjson(text2);
    return { value: void 0, issues: [syntaxIssue(text2, "", 0)] };
  }
  if (format === "auto" && looksLikeClaim(value)) {
    const issues = duplicateKeyIssues(text2, countKeys(value), ["claims", 0]);
    return { value: { claims: [value] }, lines: [firstLine(text2)], issues, owned: true };
  }
  return { value, issues: [], owned: true, text: text2 };
}
function readNotUtf8(bytes, format) {
  let ndjson = format === "ndjson";
  if (format !== "json" && !ndjson) {
    let text2 = new TextDecoder().decode(bytes);
    if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
    ndjson = !parses(text2) && looksLikeNdjson(text2);
  }
  if (!ndjson) return { value: void 0, issues: [encodingIssue(bytes)] };
  const stream = new NdjsonStream();
  stream.push(bytes);
  return stream.end();
}
function parses(text2) {
  try {
    JSON.parse(text2);
    return true;
  } catch {
    return false;
  }
}
function looksLikeClaim(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return !keys.some((key) => CLAIM_SET_KEYS.includes(key)) && (keys.includes("subject") || keys.includes("value"));
}
function looksLikeNdjson(text2) {
  const lines = text2.split("\n").filter((line) => line.trim() !== "");
  if (lines.length < 2) return false;
  try {
    const first = JSON.parse(lines[0]);
    return typeof first === "object" && first !== null && !Array.isArray(first);
  } catch {
    return false;
  }
}
function firstLine(text2) {
  let line = 1;
  for (let i = 0; i < text2.length && /\s/.test(text2[i]); i++) if (text2[i] === "\n") line++;
  return line;
}
function shapeOf(value, known) {
  if (known) return { success: true, data: value };
  try {
    return claimSetShape.safeParse(value);
  } catch (error2) {
    if (error2 instanceof RangeError) return void 0;
    throw error2;
  }
}
var PLAIN_DEPTH = 8;
var CLAIM_DEPTH = PLAIN_DEPTH - 2;
function restHasShape(value) {
  const rest = { ...value, claims: [] };
  return plainJsonKeys(rest) >= 0 && claim_set_validator_generated_default(rest);
}
function plainJsonKeys(root, maxDepth = PLAIN_DEPTH) {
  if (typeof root !== "object" || root === null) return isPlainScalar(root) ? 0 : -1;
  const stack = [root];
  const depths = [0];
  let keys = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    const depth = depths.pop();
    if (depth >= maxDepth) return -1;
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) return -1;
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item === "object" && item !== null) {
          stack.push(item);
          depths.push(depth + 1);
        } else if (!isPlainScalar(item)) return -1;
      }
    } else {
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return -1;
      for (const key in value) {
        keys++;
        const item = value[key];
        if (typeof item === "object" && item !== null) {
          stack.push(item);
          depths.push(depth + 1);
        } else if (!isPlainScalar(item)) return -1;
      }
    }
  }
  return keys;
}
function isPlainScalar(value) {
  return typeof value === "string" || typeof value === "boolean" || value === null || typeof value === "number" && Number.isFinite(value);
}
function withLine(issue2, lines) {
  if (lines === void 0 || issue2.line !== void 0) return issue2;
  const claim2 = claimPointer(issue2.path);
  const line = claim2 ? lines[claim2.index] : void 0;
  return line === void 0 ? issue2 : { ...issue2, line };
}
function analyzeClaimSet(input, options = {}, borrow = false) {
  return analyzeRead(readInput(input, options.format, options.delimiter), options, borrow);
}
function withContext(read2, context) {
  const value = read2.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return read2;
  const issues = [];
  const merged = { ...value };
  for (const key of Object.keys(context)) {
    const section = context[key];
    if (section === void 0) continue;
    if (!CONTEXT_SECTIONS.includes(key)) {
      issues.push({ code: "invalid-context", path: "", message: `a context holds ${CONTEXT_SECTIONS.join(", ")}; ${JSON.stringify(key)} is not one of them` });
    } else if (Object.hasOwn(merged, key)) {
      issues.push({ code: "duplicate-section", path: `/${key}`, message: `"${key}" is given both in the claim set and in its context; give each section in one place` });
    } else {
      merged[key] = section;
    }
  }
  const duplicates = read2.text === void 0 ? [] : duplicateKeyIssues(read2.text, countKeys(value));
  const { text: _text, owned: _owned, ...rest } = read2;
  return { ...rest, value: merged, issues: [...read2.issues, ...duplicates, ...issues] };
}
function analyzeRead(read2, options = {}, borrow = false) {
  if (read2.value === void 0 && read2.issues.length > 0 && read2.lines === void 0) {
    return { success: false, error: new ClaimSetError(read2.issues) };
  }
  if (options.context !== void 0) read2 = withContext(read2, options.context);
  const sheet = read2.sheet;
  const located = (issue2) => sheet === void 0 ? withLine(issue2, read2.lines) : locateInSheet(issue2, sheet);
  let keys = -1;
  let known = false;
  if (read2.owned === true || borrow) {
    if (read2.claimsShaped) {
      known = restHasShape(read2.value);
    } else {
      keys = plainJsonKeys(read2.value);
      known = keys >= 0 && claim_set_validator_generated_default(read2.value);
    }
  }
  const duplicates = read2.text === void 0 ? [] : duplicateKeyIssues(read2.text, keys >= 0 && !inheritedKeys() ? keys : countKeys(read2.value));
  const shape = shapeOf(read2.value, known);
  if (shape === void 0) {
    const issue2 = { code: "too-large", path: "", message: "the claim set has a list too long to check (100 000 or more items with problems in one list)" };
    return { success: false, error: new ClaimSetError([...duplicates, issue2].map(located)), document: read2.value };
  }
  const unreadable = new Set(read2.issues.map((issue2) => issue2.path));
  const fromReading = new Set(read2.issues);
  const shapeIssues = [
    ...read2.issues,
    ...shape.success ? [] : describeShapeIssues(shape.error.issues, read2.value, fieldsAt),
    ...reservedKeyIssues(read2.value)
  ].filter((issue2) => fromReading.has(issue2) || !unreadable.has(issue2.path));
  const checked = checkDocument(read2.value, shapeIssues, options.properties);
  const precise = new Set(checked.issues.map((issue2) => issue2.path));
  const issues = sortIssues([
    ...duplicates,
    ...shapeIssues.filter((issue2) => !(CLAIM_VALUE_PATH.test(issue2.path) && precise.has(issue2.path))),
    ...checked.issues
  ], read2.value).map(located);
  if (issues.length > 0 || !shape.success) {
    return { success: false, error: new ClaimSetError(issues), document: read2.value, ...sheet === void 0 ? {} : { sheet } };
  }
  const warnings = checked.warnings.map(located);
  return { success: true, data: shape.data, warnings, analysis: checked.analysis };
}

// src/model/report.ts
var severitySchema = _enum(["error", "warning", "info"]).meta({ description: "How serious a finding is: error, warning or info." });
var ruleSettingSchema = _enum(["off", "info", "warning", "error"]).meta({ description: "off, or the severity to report the rule's findings with." });
var quantityValueSchema = object({
  type: literal("quantity"),
  text: string2().meta({ description: "The value as written." }),
  display: string2().meta({ description: "The value in the value grammar." }),
  amount: number2().optional(),
  approx: boolean2().optional(),
  unit: string2().optional(),
  interval: object({
    min: number2().nullable(),
    max: number2().nullable(),
    minExclusive: boolean2(),
    maxExclusive: boolean2()
  }).meta({ description: "The numbers the value allows; null is unbounded." })
});
var dateValueSchema = object({
  type: literal("date"),
  text: string2(),
  display: string2(),
  precision: _enum(["year", "half", "quarter", "month", "day", "interval"]),
  approximate: boolean2().optional(),
  interval: object({ start: string2().nullable(), end: string2().nullable() }).meta({ description: "The days the value covers (YYYY-MM-DD); null is an open end." })
});
var booleanValueSchema = object({
  type: literal("boolean"),
  text: string2(),
  display: string2(),
  value: boolean2()
});
var textValueSchema = object({
  type: literal("text"),
  text: string2(),
  display: string2(),
  key: string2().meta({ description: "The normalised text, or the entity id it resolves to." })
});
var valueSchema = discriminatedUnion("type", [quantityValueSchema, dateValueSchema, booleanValueSchema, textValueSchema]).meta({ id: "Value", title: "Value", description: "A value once read, with its original text and display." });
var patchOperationSchema = object({
  op: _enum(["add", "remove", "replace", "move", "copy", "test"]),
  path: string2(),
  from: string2().optional(),
  value: unknown().optional()
}).meta({ id: "PatchOperation", title: "JSON Patch operation", description: "One RFC 6902 operation on the claim set." });
var positionSchema = object({
  display: string2().meta({ description: "What the position says, in the value grammar." }),
  value: valueSchema.meta({ description: "The value every claim of the position allows." }),
  claims: array(string2()).meta({ description: "Ids of the claims that agree on it." }),
  sources: array(string2()).meta({ description: "Who published those claims." }),
  origins: array(string2()).meta({ description: "Independent origins: the last attribution of each claim, or its source." }),
  from: string2().nullable().meta({ description: "The earliest day its claims hold (YYYY-MM-DD), null when undated." }),
  to: string2().nullable().meta({ description: "The latest day its claims hold (YYYY-MM-DD), null when undated." }),
  modality: _enum(["asserted", "planned"]).meta({ description: "planned positions are plans and deadlines; they are compared only with each other." })
}).meta({ id: "Position", title: "Position", description: "Claims whose values agree." });
var estimateSchema = object({
  from: string2().nullable().meta({ description: "The first day of the moment (YYYY-MM-DD), null when undated or open." }),
  to: string2().nullable().meta({ description: "The last day of the moment (YYYY-MM-DD), null when undated or open." }),
  display: string2().meta({ description: "The best-supported value, in the value grammar." }),
  value: valueSchema.meta({ description: "The best-supported value, as one of its claims wrote it." }),
  confidence: number2().min(0).max(1).meta({ description: "The probability that the value is right, 0\u20131." }),
  claims: array(string2()).meta({ description: "Ids of the claims that support it (compatible values, denials of other values), sorted." }),
  against: array(string2()).meta({ description: "Ids of the claims that contradict it (incompatible values, denials of it), sorted." }),
  modality: _enum(["asserted", "planned", "denied"]).meta({ description: "asserted: what is; planned: what is planned; denied: only denials were made, and this is the value most likely false." })
}).meta({ id: "Estimate", title: "Estimate", description: "The best-supported value of one moment of comparable claims." });
var reportSourceSchema = object({
  id: string2().meta({ description: "The source or origin, as claims name it (resolved through entities)." }),
  trust: number2().min(0).max(1).meta({ description: "The probability that a claim it originates is right, 0\u20131: learned from agreement with the estimates, starting from its reliability." }),
  claims: number2().meta({ description: "Claims it originates: its own, and those others attribute to it." }),
  agreed: number2().meta({ description: "Of those, claims that agree with their moment's estimate where another origin also spoke." }),
  contradicted: number2().meta({ description: "Of those, claims that contradict their moment's estimate." }),
  relayed: number2().optional().meta({ description: "Claims it published on another origin's word (they count for that origin)." })
}).meta({ id: "Source", title: "Source", description: "How far a source or origin can be trusted, and on what evidence." });
var groupSchema = object({
  key: string2().meta({ description: "Stable key of the group: subject, property and scope." }),
  subject: string2(),
  property: string2(),
  scope: record(string2(), string2()),
  positions: array(positionSchema).meta({ description: "Strongest first: the most probable value by the estimates, then the most recent, then the more specific value." }),
  estimates: array(estimateSchema).optional().meta({ description: "One per moment of comparable claims, in time order (undated last); absent for properties with several true values." })
}).meta({ id: "Group", title: "Group", description: "The claims about one subject, property and scope." });
var suggestionSchema = object({
  message: string2(),
  patch: array(patchOperationSchema).meta({ description: "RFC 6902 operations on the claim set." })
}).meta({ id: "Suggestion", title: "Suggestion", description: "A possible fix, as a JSON Patch on the claim set." });
var conflictSchema = object({
  id: string2().meta({ description: "Stable id: a hash of the rule and the claim ids." }),
  rule: string2(),
  messageId: string2().meta({ description: "The key of the rule's message template that wrote `message` (as in the rule's meta.messages)." }),
  severity: severitySchema,
  group: string2().meta({ description: "The key of the group the conflict is in." }),
  subject: string2(),
  property: string2(),
  scope: record(string2(), string2()),
  claims: array(string2()).meta({ description: "Every claim involved, sorted." }),
  message: string2().meta({ description: "One sentence a journalist understands." }),
  data: record(string2(), unknown()).meta({ description: "The figures and ids behind the message (value displays, numbers, dates, claim ids); never words of the sentence." }),
  suggestions: array(suggestionSchema).optional()
}).meta({ id: "Conflict", title: "Conflict", description: "Statements that cannot all be true, or a change worth seeing." });
var diagnosticSchema = object({
  code: string2(),
  severity: severitySchema,
  path: string2().meta({ description: "JSON pointer into the claim set." }),
  message: string2(),
  line: number2().optional(),
  row: number2().optional().meta({ description: "For a claim sheet: the row (the header is row 1)." }),
  column: string2().optional().meta({ description: "For a claim sheet: the column, by the claim field it holds." })
}).meta({ id: "Diagnostic", title: "Diagnostic", description: "A problem with the claim set itself." });
var reportSchema = object({
  tool: object({ name: literal("corroborate"), version: string2() }),
  summary: object({
    claims: number2(),
    groups: number2(),
    conflicts: number2(),
    errors: number2(),
    warnings: number2(),
    infos: number2()
  }),
  groups: array(groupSchema),
  conflicts: array(conflictSchema),
  diagnostics: array(diagnosticSchema),
  sources: array(reportSourceSchema).optional().meta({ description: "Every source and origin of the estimated claims, by id: its trust and the claims it rests on." })
}).meta({
  title: "corroborate report",
  description: "What corroborate found in a claim set: groups of claims with their positions and estimates, conflicts, diagnostics, sources' trust."
});
var configSchema = strictObject({
  $schema: string2().optional(),
  rules: record(string2(), ruleSettingSchema).optional().meta({ description: "Rule id \u2192 off, info, warning or error." }),
  properties: array(propertySchema).optional().meta({ description: "Property definitions shared by every claim set." })
}).meta({ title: "corroborate configuration" });

// src/version.ts
var VERSION = "0.1.0";

// src/values/span.ts
function valueSpan(value) {
  if (value.type === "quantity") {
    const { min, max, minExclusive, maxExclusive } = value.interval;
    return {
      lo: min ?? -Infinity,
      hi: max ?? Infinity,
      loOpen: min !== null && minExclusive,
      hiOpen: max !== null && maxExclusive
    };
  }
  if (value.type === "date") return daySpan(value.interval.start, value.interval.end);
  return void 0;
}
function daySpan(start2, end) {
  return {
    lo: start2 === null ? -Infinity : dayNumberFromIso(start2),
    hi: end === null ? Infinity : dayNumberFromIso(end),
    loOpen: false,
    hiOpen: false
  };
}
function below(a, b) {
  return a.hi < b.lo || a.hi === b.lo && (a.hiOpen || b.loOpen);
}
function overlaps(a, b) {
  return !below(a, b) && !below(b, a);
}
function distance(a, b) {
  if (a.hi < b.lo) return b.lo - a.hi;
  if (b.hi < a.lo) return a.lo - b.hi;
  return 0;
}

// src/engine/claims.ts
var escapeKeyPart = (s) => /[%/?&=]/.test(s) ? s.replace(/[%/?&=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : s;
function groupKey(subject, property, scope) {
  const parts = Object.keys(scope).sort().map((name) => `${escapeKeyPart(name)}=${escapeKeyPart(scope[name])}`);
  return `${escapeKeyPart(subject)}/${escapeKeyPart(property)}${parts.length ? `?${parts.join("&")}` : ""}`;
}
function timeRange(claims) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const claim2 of claims) {
    if (!claim2.time) continue;
    if (claim2.time.lo < lo) lo = claim2.time.lo;
    if (claim2.time.hi > hi) hi = claim2.time.hi;
  }
  return { lo, hi };
}
function groupedClaims(claimSet2, analysis) {
  const { aliases, properties, values, times: times2, documents } = analysis;
  const out = [];
  const spans = /* @__PURE__ */ new Map();
  const spanOf = (of, make) => {
    let span = spans.get(of);
    if (span === void 0) spans.set(of, span = make(of) ?? null);
    return span ?? void 0;
  };
  const scopeNames = /* @__PURE__ */ new Map();
  const nameOf = (name) => {
    let key = scopeNames.get(name);
    if (key === void 0) scopeNames.set(name, key = normalizeLabel(name));
    return key;
  };
  const groups = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  const claims = claimSet2.claims;
  for (let index = 0; index < claims.length; index++) {
    const claim2 = claims[index];
    const value = values[index];
    const property = properties.get(claim2.property);
    const subject = aliases.resolve(claim2.subject);
    let byProperty = groups.get(subject);
    if (byProperty === void 0) groups.set(subject, byProperty = /* @__PURE__ */ new Map());
    let root = byProperty.get(claim2.property);
    if (root === void 0) byProperty.set(claim2.property, root = {});
    let node2 = root;
    const written = claim2.scope;
    const names = written === void 0 ? NO_NAMES : Object.keys(written);
    for (const name of names) {
      const next = node2.next ??= /* @__PURE__ */ new Map();
      const scopeName = nameOf(name);
      let byValue2 = next.get(scopeName);
      if (byValue2 === void 0) next.set(scopeName, byValue2 = /* @__PURE__ */ new Map());
      const scopeValue = aliases.resolve(written[name]);
      let child = byValue2.get(scopeValue);
      if (child === void 0) byValue2.set(scopeValue, child = {});
      node2 = child;
    }
    let group = node2.group;
    if (group === void 0) {
      const scope = {};
      for (const name of [...names].sort()) scope[nameOf(name)] = aliases.resolve(written[name]);
      const key = groupKey(subject, claim2.property, scope);
      group = byKey.get(key);
      if (group === void 0) byKey.set(key, group = { key, scope, claims: [] });
      node2.group = group;
    }
    const inDocument = claim2.document === void 0 ? void 0 : documents.get(claim2.document);
    const source = aliases.resolve(claim2.source ?? inDocument.source);
    const published = claim2.published ?? inDocument?.published;
    const attribution = claim2.attribution;
    const citing2 = attribution !== void 0 && attribution.length > 0 ? attribution.map((name) => aliases.resolve(name)) : NO_NAMES;
    const origin = citing2.length > 0 ? citing2[citing2.length - 1] : source;
    const date2 = times2[index];
    const modality = claim2.modality ?? "asserted";
    const checked = {
      id: claim2.id,
      index,
      claim: claim2,
      value,
      span: spanOf(value, valueSpan),
      key: value.type === "text" ? value.key : value.type === "boolean" ? String(value.value) : value.display,
      property,
      subject,
      scope: group.scope,
      source,
      origin,
      citing: citing2,
      // Not interned: most claims of a large set have a (source, date) of their own, and a table of them costs more than it saves.
      document: claim2.document ?? `${source}@${published ?? "undated"}`,
      written: claim2.asOf ?? published,
      time: date2 === void 0 ? void 0 : modality === "planned" && claim2.asOf === void 0 ? planSpan(date2) : spanOf(date2, (d) => daySpan(d.interval.start, d.interval.end)),
      modality,
      group: group.key
    };
    out.push(checked);
    group.claims.push(checked);
  }
  return { claims: out, groups: [...byKey.values()] };
}
var NO_NAMES = [];
function planSpan(stated2) {
  return { ...daySpan(stated2.interval.start, stated2.interval.end), hi: Infinity, hiOpen: false };
}

// src/compare/times.ts
function sharp(claim2) {
  const time2 = claim2.time;
  return time2 !== void 0 && Number.isFinite(time2.lo) && Number.isFinite(time2.hi) && time2.hi <= addDuration(time2.lo, claim2.property.window, 1);
}
function allWithin(earlier, later3, window2) {
  return Number.isFinite(earlier.lo) && Number.isFinite(later3.hi) && later3.hi <= addDuration(earlier.lo, window2, 1);
}
function placement(set) {
  const undated = [];
  const dated = [];
  for (const claim2 of set) (claim2.time === void 0 ? undated : dated).push(claim2);
  let coarse = false;
  for (const claim2 of dated) if (!sharp(claim2)) coarse = true;
  if (!coarse) return { placed: dated, unplaced: [], undated };
  const periods = /* @__PURE__ */ new Map();
  for (const claim2 of dated) {
    const key = periodKey(claim2);
    const period2 = periods.get(key);
    if (period2) period2.claims++;
    else periods.set(key, { lo: claim2.time.lo, hi: claim2.time.hi, claims: 1 });
  }
  const order = [...periods.entries()].sort(([, a], [, b]) => a.lo - b.lo || a.hi - b.hi);
  const alone = /* @__PURE__ */ new Set();
  let reach = -Infinity;
  for (let i = 0; i < order.length; i++) {
    const [key, period2] = order[i];
    const next = order[i + 1]?.[1];
    const finite = Number.isFinite(period2.lo) && Number.isFinite(period2.hi);
    if ((i === 0 || reach < period2.lo) && (next === void 0 || next.lo > period2.hi) && (finite || period2.claims === 1)) alone.add(key);
    if (period2.hi > reach) reach = period2.hi;
  }
  const placed = [];
  const unplaced = [];
  for (const claim2 of dated) (sharp(claim2) || alone.has(periodKey(claim2)) ? placed : unplaced).push(claim2);
  return { placed, unplaced, undated };
}
function periodKey(claim2) {
  return `${claim2.time.lo}/${claim2.time.hi}`;
}
function bounded(claim2) {
  return claim2.time !== void 0 && Number.isFinite(claim2.time.lo) && Number.isFinite(claim2.time.hi);
}

// src/internal/group-by.ts
function groupBy(items2, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items2) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

// src/compare/structures/value-line.ts
function emptySpans(count) {
  return { lo: new Float64Array(count), hi: new Float64Array(count), loOpen: new Uint8Array(count), hiOpen: new Uint8Array(count) };
}
function store(spans, i, span) {
  spans.lo[i] = span.lo;
  spans.hi[i] = span.hi;
  spans.loOpen[i] = span.loOpen ? 1 : 0;
  spans.hiOpen[i] = span.hiOpen ? 1 : 0;
}
var HIGHEST_START = 0;
var LOWEST_END = 1;
var LOWEST_START = 2;
var HIGHEST_END = 3;
function before(spans, order, a, b) {
  const { lo, hi, loOpen, hiOpen } = spans;
  switch (order) {
    case HIGHEST_START:
      return lo[a] > lo[b] || lo[a] === lo[b] && loOpen[a] > loOpen[b];
    case LOWEST_END:
      return hi[a] < hi[b] || hi[a] === hi[b] && hiOpen[a] > hiOpen[b];
    case LOWEST_START:
      return lo[a] < lo[b] || lo[a] === lo[b] && loOpen[a] < loOpen[b];
    case HIGHEST_END:
      return hi[a] > hi[b] || hi[a] === hi[b] && hiOpen[a] < hiOpen[b];
  }
}
var comparators = {
  [HIGHEST_START]: ({ lo, loOpen }) => (a, b) => lo[b] - lo[a] || loOpen[b] - loOpen[a],
  [LOWEST_END]: ({ hi, hiOpen }) => (a, b) => hi[a] - hi[b] || hiOpen[b] - hiOpen[a],
  [LOWEST_START]: ({ lo, loOpen }) => (a, b) => lo[a] - lo[b] || loOpen[a] - loOpen[b],
  [HIGHEST_END]: ({ hi, hiOpen }) => (a, b) => hi[b] - hi[a] || hiOpen[a] - hiOpen[b]
};
function sortedBy(spans, order, positions) {
  return Int32Array.from(positions).sort(comparators[order](spans));
}
function spanBelow(spans, a, b) {
  return spans.hi[a] < spans.lo[b] || spans.hi[a] === spans.lo[b] && (spans.hiOpen[a] | spans.loOpen[b]) === 1;
}
var ValueLine = class _ValueLine {
  constructor(claims, lo, hi, loOpen, hiOpen, document) {
    this.claims = claims;
    this.lo = lo;
    this.hi = hi;
    this.loOpen = loOpen;
    this.hiOpen = hiOpen;
    this.document = document;
  }
  claims;
  lo;
  hi;
  loOpen;
  hiOpen;
  document;
  /** The line of some claims. */
  static of(claims) {
    const spans = emptySpans(claims.length);
    const document = new Int32Array(claims.length);
    const points2 = /* @__PURE__ */ new Map();
    const documents = /* @__PURE__ */ new Map();
    for (let i = 0; i < claims.length; i++) {
      const claim2 = claims[i];
      if (claim2.span) {
        store(spans, i, claim2.span);
      } else {
        let point = points2.get(claim2.key);
        if (point === void 0) points2.set(claim2.key, point = points2.size);
        spans.lo[i] = spans.hi[i] = point;
      }
      let number3 = documents.get(claim2.document);
      if (number3 === void 0) documents.set(claim2.document, number3 = documents.size);
      document[i] = number3;
    }
    return new _ValueLine(claims, spans.lo, spans.hi, spans.loOpen, spans.hiOpen, document);
  }
  get length() {
    return this.claims.length;
  }
  /** True when value `a` comes before value `b` in `order`. */
  precedes(order, a, b) {
    return before(this, order, a, b);
  }
  /** True when value `a` lies entirely below value `b`. */
  below(a, b) {
    return spanBelow(this, a, b);
  }
  /** True when values `a` and `b` are incompatible. */
  disjoint(a, b) {
    return spanBelow(this, a, b) || spanBelow(this, b, a);
  }
  /** The claims at the given positions. */
  claimsAt(positions) {
    return Array.from(positions, (i) => this.claims[i]);
  }
};
function timesOf(line) {
  const times2 = emptySpans(line.length);
  for (let i = 0; i < line.length; i++) {
    const time2 = line.claims[i].time;
    if (time2) store(times2, i, time2);
  }
  return times2;
}
function range(from, to) {
  const positions = [];
  for (let i = from; i < to; i++) positions.push(i);
  return positions;
}
var freshLines = { line: (claims) => ValueLine.of(claims) };

// src/compare/structures/extremes.ts
var Extreme = class {
  constructor(line, order, count = 1) {
    this.line = line;
    this.order = order;
    this.slots = new Int32Array(2 * count).fill(-1);
  }
  line;
  order;
  /** Slot `2k`: summary k's first value; slot `2k + 1`: the first from another document than that one's; -1 for none. */
  slots;
  /** Adds value `v` to summary `k`. */
  offer(k, v) {
    const document = this.line.document;
    const best = this.slots[2 * k];
    if (best < 0 || this.line.precedes(this.order, v, best)) {
      if (best >= 0 && document[best] !== document[v]) this.slots[2 * k + 1] = best;
      this.slots[2 * k] = v;
    } else if (document[v] !== document[best]) {
      const other = this.slots[2 * k + 1];
      if (other < 0 || this.line.precedes(this.order, v, other)) this.slots[2 * k + 1] = v;
    }
  }
  /** Adds summary `f` of `from` (same line and order) to summary `k`. */
  merge(k, from, f) {
    const [best, other] = [from.slots[2 * f], from.slots[2 * f + 1]];
    if (best >= 0) this.offer(k, best);
    if (other >= 0) this.offer(k, other);
  }
  clear(k) {
    this.slots[2 * k] = this.slots[2 * k + 1] = -1;
  }
  /** Summary `k`'s first value; -1 when empty. */
  best(k) {
    return this.slots[2 * k];
  }
  /** Summary `k`'s first value from another document than the first's; -1 when none. */
  runnerUp(k) {
    return this.slots[2 * k + 1];
  }
  /** Summary `k`'s first value allowed as a partner of value `v`; -1 when none. */
  for(k, v, relation) {
    const best = this.slots[2 * k];
    if (relation === "any" || best < 0 || this.line.document[best] !== this.line.document[v]) return best;
    return this.slots[2 * k + 1];
  }
};
var Extremes = class {
  constructor(line, count = 1) {
    this.line = line;
    this.highest = new Extreme(line, HIGHEST_START, count);
    this.lowest = new Extreme(line, LOWEST_END, count);
  }
  line;
  highest;
  lowest;
  add(k, v) {
    this.highest.offer(k, v);
    this.lowest.offer(k, v);
  }
  merge(k, from, f) {
    this.highest.merge(k, from.highest, f);
    this.lowest.merge(k, from.lowest, f);
  }
  clear(k) {
    this.highest.clear(k);
    this.lowest.clear(k);
  }
  /** True when summary `k` holds a value, from a document related as asked, that is incompatible with value `v`. */
  disagrees(k, v, relation) {
    const above = this.highest.for(k, v, relation);
    if (above >= 0 && this.line.below(v, above)) return true;
    const under = this.lowest.for(k, v, relation);
    return under >= 0 && this.line.below(under, v);
  }
};
function extremesOf(line, positions) {
  const extremes = new Extremes(line);
  for (const v of positions) extremes.add(0, v);
  return extremes;
}

// src/compare/structures/dominance.ts
function points(positions, x, y) {
  return { at: [...positions], x: positions.map(x), y: positions.map(y) };
}
function distinct(points2) {
  const byX = /* @__PURE__ */ new Map();
  for (let i = 0; i < points2.at.length; i++) {
    const [x, y] = [points2.x[i], points2.y[i]];
    let column = byX.get(x);
    if (!column) byX.set(x, column = /* @__PURE__ */ new Map());
    const members2 = column.get(y);
    if (members2) members2.push(i);
    else column.set(y, [i]);
  }
  const out = [];
  for (const [x, column] of byX) for (const [y, members2] of column) out.push({ x, y, members: members2 });
  return out.sort((a, b) => a.x < b.x ? -1 : a.x > b.x ? 1 : 0);
}
function countAtLeast(ys, y) {
  let [lo, hi] = [0, ys.length];
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (ys[mid] >= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function dominated(line, items2, queries, test) {
  const itemPoints = distinct(items2);
  const summaries = new Extremes(line, itemPoints.length);
  for (let k = 0; k < itemPoints.length; k++) {
    for (const i of itemPoints[k].members) summaries.add(k, items2.at[i]);
  }
  const ys = Float64Array.from(new Set(itemPoints.map((point) => point.y))).sort().reverse();
  const atLeast = (y) => countAtLeast(ys, y);
  const tree = new Extremes(line, ys.length + 1);
  const found = new Extremes(line);
  const passed = [];
  let next = 0;
  for (const query of distinct(queries)) {
    for (; next < itemPoints.length && itemPoints[next].x <= query.x; next++) {
      for (let k = atLeast(itemPoints[next].y); k <= ys.length; k += k & -k) tree.merge(k, summaries, next);
    }
    found.clear(0);
    for (let k = atLeast(query.y); k > 0; k -= k & -k) found.merge(0, tree, k);
    for (const i of query.members) if (test(queries.at[i], found)) passed.push(queries.at[i]);
  }
  return passed;
}

// src/compare/positions.ts
function incompatible(a, b) {
  if (a.span && b.span) return below(a.span, b.span) || below(b.span, a.span);
  return a.key !== b.key;
}
function intersect(a, b) {
  const lo = a.lo === b.lo ? { lo: a.lo, loOpen: a.loOpen || b.loOpen } : a.lo > b.lo ? a : b;
  const hi = a.hi === b.hi ? { hi: a.hi, hiOpen: a.hiOpen || b.hiOpen } : a.hi < b.hi ? a : b;
  return { lo: lo.lo, loOpen: lo.loOpen, hi: hi.hi, hiOpen: hi.hiOpen };
}
var start = (s) => ({ lo: s.lo, hi: s.lo, loOpen: s.loOpen, hiOpen: s.loOpen });
function agreeingSets(claims) {
  if (claims.length === 1) return [[claims[0]]];
  const spans = [];
  let keyed;
  for (const claim2 of claims) {
    if (claim2.span) spans.push(claim2);
    else (keyed ??= []).push(claim2);
  }
  const sets = keyed === void 0 ? [] : [...groupBy(keyed, (claim2) => claim2.key).values()];
  const byHi = [...spans].sort((a, b) => a.span.hi - b.span.hi || Number(b.span.hiOpen) - Number(a.span.hiOpen) || a.index - b.index);
  const byLo = spans.sort((a, b) => a.span.lo - b.span.lo || Number(a.span.loOpen) - Number(b.span.loOpen) || a.index - b.index);
  const assigned = /* @__PURE__ */ new Set();
  let pending = [];
  let next = 0;
  for (const seed of byHi) {
    if (assigned.has(seed)) continue;
    let common = seed.span;
    const members2 = [seed];
    assigned.add(seed);
    const consider = (claim2) => {
      if (assigned.has(claim2)) return true;
      if (!overlaps(claim2.span, common)) return false;
      common = intersect(common, claim2.span);
      members2.push(claim2);
      assigned.add(claim2);
      return true;
    };
    if (pending.length > 0) pending = pending.filter((claim2) => !consider(claim2));
    while (next < byLo.length && !below(common, start(byLo[next].span))) {
      const claim2 = byLo[next++];
      if (!consider(claim2)) pending.push(claim2);
    }
    if (members2.length > 1) members2.sort((a, b) => a.index - b.index);
    sets.push(members2);
  }
  return sets;
}
function moments(claims) {
  const dated = claims.filter((claim2) => claim2.time !== void 0);
  dated.sort((a, b) => a.time.lo - b.time.lo || a.time.hi - b.time.hi || a.index - b.index);
  const runs = [];
  let end = -Infinity;
  for (const claim2 of dated) {
    if (runs.length === 0 || claim2.time.lo > end) {
      runs.push([claim2]);
      end = claim2.time.hi;
    } else {
      runs[runs.length - 1].push(claim2);
      if (claim2.time.hi > end) end = claim2.time.hi;
    }
  }
  return runs;
}

// src/compare/pairwise.ts
var PAIRS = 256;
function related(relation, a, b) {
  return relation === "any" || relation === "same" === (a.document === b.document);
}
function hasPartner(claim2, pool, relation) {
  for (let p = 0; p < pool.length; p++) {
    if (incompatible(claim2, pool[p]) && related(relation, claim2, pool[p])) return true;
  }
  return false;
}
function partnersAmong(targets, pool, relation) {
  const found = [];
  for (let t2 = 0; t2 < targets.length; t2++) if (hasPartner(targets[t2], pool, relation)) found.push(targets[t2]);
  return found;
}
function partnersAtSameTime(moment, relation) {
  const found = [];
  for (let v = 0; v < moment.length; v++) {
    const claim2 = moment[v];
    for (let o = 0; o < moment.length; o++) {
      const other = moment[o];
      if (other.time.lo <= claim2.time.hi && other.time.hi >= claim2.time.lo && incompatible(claim2, other) && related(relation, claim2, other)) {
        found.push(claim2);
        break;
      }
    }
  }
  return found;
}
function apart(kind, earlier, later3, window2) {
  const end = earlier.time.hi;
  if (!(end < later3.time.lo)) return false;
  if (kind === "decrease") return earlier.span !== void 0 && later3.span !== void 0 && below(later3.span, earlier.span);
  if (kind === "changed") return !allWithin(earlier.time, later3.time, window2) && incompatible(earlier, later3);
  return earlier.document !== later3.document && allWithin(earlier.time, later3.time, window2) && incompatible(earlier, later3);
}
function pairsApartAmong(moment, kind) {
  const window2 = moment[0].property.window;
  const earlier = [];
  const later3 = [];
  for (const a of moment) {
    for (const b of moment) {
      if (apart(kind, a, b, window2)) {
        earlier.push(a);
        break;
      }
    }
    for (const b of moment) {
      if (apart(kind, b, a, window2)) {
        later3.push(a);
        break;
      }
    }
  }
  return [earlier.sort(byIndex), later3.sort(byIndex)];
}
function bridgesAmong(claim2, r2, pool, relation = "other") {
  for (const other of pool) {
    if (incompatible(claim2, other) && related(relation, claim2, other) && !below(other.span, r2) && !below(r2, other.span)) return true;
  }
  return false;
}
var byIndex = (a, b) => a.index - b.index;

// src/compare/partners.ts
function comparableSets(group) {
  if (group.property.cardinality === "many") return [];
  const asserted = group.claims.filter((claim2) => claim2.modality === "asserted");
  const planned = group.claims.filter((claim2) => claim2.modality === "planned");
  return [asserted, planned].filter((set) => set.length > 1);
}
function withPartner(targets, pool, relation, lines = freshLines) {
  return targets.length * pool.length <= PAIRS ? partnersAmong(targets, pool, relation) : partnersBySweep(targets, pool, relation, lines);
}
function partnersBySweep(targets, pool, relation, lines = freshLines) {
  const line = targets === pool ? lines.line(pool) : ValueLine.of([...pool, ...targets]);
  const at2 = targets === pool ? (i) => i : (i) => pool.length + i;
  if (relation === "same") {
    const summaryOf = /* @__PURE__ */ new Map();
    for (let p = 0; p < pool.length; p++) if (!summaryOf.has(line.document[p])) summaryOf.set(line.document[p], summaryOf.size);
    const byDocument2 = new Extremes(line, summaryOf.size);
    for (let p = 0; p < pool.length; p++) byDocument2.add(summaryOf.get(line.document[p]), p);
    return targets.filter((_, i) => {
      const summary = summaryOf.get(line.document[at2(i)]);
      return summary !== void 0 && byDocument2.disagrees(summary, at2(i), "any");
    });
  }
  const extremes = extremesOf(line, range(0, pool.length));
  return targets.filter((_, i) => extremes.disagrees(0, at2(i), relation));
}
function withPartnerAtSameTime(moment, relation, lines = freshLines) {
  return moment.length * moment.length <= PAIRS ? partnersAtSameTime(moment, relation) : partnersAtSameTimeBySweep(moment, relation, lines);
}
function partnersAtSameTimeBySweep(moment, relation, lines = freshLines) {
  if (isClique(moment)) return partnersBySweep(moment, moment, relation, lines);
  const line = lines.line(moment);
  const start2 = (v) => moment[v].time.lo;
  const end = (v) => moment[v].time.hi;
  const partnerRelation = relation === "same" ? "any" : relation;
  const involved = new Uint8Array(moment.length);
  const all = range(0, moment.length);
  for (const set of relation === "same" ? groupBy(all, (v) => line.document[v]).values() : [all]) {
    if (set.length > FEW) {
      const found = dominated(
        line,
        points(set, start2, end),
        points(set, end, start2),
        (v, extremes) => extremes.disagrees(0, v, partnerRelation)
      );
      for (const v of found) involved[v] = 1;
    } else {
      for (const v of set) {
        for (const o of set) {
          const related2 = partnerRelation === "any" || line.document[o] !== line.document[v];
          if (related2 && start2(o) <= end(v) && end(o) >= start2(v) && line.disjoint(o, v)) involved[v] = 1;
        }
      }
    }
  }
  return moment.filter((_, v) => involved[v] === 1);
}
var FEW = 8;
function pairsApart(moment, kind, lines = freshLines) {
  if (isClique(moment)) return [[], []];
  return moment.length * moment.length <= PAIRS ? pairsApartAmong(moment, kind) : pairsApartBySweep(moment, kind, lines);
}
function pairsApartBySweep(moment, kind, lines = freshLines) {
  const line = lines.line(moment);
  const start2 = (v) => moment[v].time.lo;
  const end = (v) => moment[v].time.hi;
  const sides3 = (earlier2, later4) => [
    unique(line.claimsAt(earlier2)),
    unique(line.claimsAt(later4))
  ];
  if (kind === "decrease") {
    const values2 = range(0, moment.length).filter((v) => moment[v].span);
    const later4 = dominated(
      line,
      points(values2, end, () => 0),
      points(values2, (v) => start2(v) - 1, () => 0),
      (v, found) => found.highest.best(0) >= 0 && line.below(v, found.highest.best(0))
    );
    const earlier2 = dominated(
      line,
      points(values2, () => 0, start2),
      points(values2, () => 0, (v) => end(v) + 1),
      (v, found) => found.lowest.best(0) >= 0 && line.below(found.lowest.best(0), v)
    );
    return sides3(earlier2, later4);
  }
  const values = range(0, moment.length);
  const window2 = moment[0].property.window;
  if (kind === "changed") {
    const beyond = (v) => Number.isFinite(start2(v)) ? addDuration(start2(v), window2, 1) + 1 : -Infinity;
    const later4 = dominated(
      line,
      points(values, end, (v) => -beyond(v)),
      points(values, (v) => start2(v) - 1, (v) => -end(v)),
      (v, found) => found.disagrees(0, v, "any")
    );
    const earlier2 = dominated(
      line,
      points(values, (u) => -start2(u), end),
      points(values, (v) => -(end(v) + 1), beyond),
      (v, found) => found.disagrees(0, v, "any")
    );
    return sides3(earlier2, later4);
  }
  const ended = values.filter((v) => Number.isFinite(start2(v)) && Number.isFinite(end(v)));
  const reach = (v) => addDuration(start2(v), window2, 1);
  const later3 = dominated(
    line,
    points(ended, end, reach),
    points(values, (v) => start2(v) - 1, end),
    (v, found) => found.disagrees(0, v, "other")
  );
  const earlier = dominated(
    line,
    points(values, end, start2),
    points(ended, reach, (v) => end(v) + 1),
    (v, found) => found.disagrees(0, v, "other")
  );
  return sides3(earlier, later3);
}
function isClique(moment) {
  let latestStart = -Infinity;
  let earliestEnd = Infinity;
  for (const claim2 of moment) {
    if (claim2.time.lo > latestStart) latestStart = claim2.time.lo;
    if (claim2.time.hi < earliestEnd) earliestEnd = claim2.time.hi;
  }
  return latestStart <= earliestEnd;
}
function withinWindow(earlier, later3) {
  return allWithin(timeRange(earlier), timeRange(later3), earlier[0].property.window);
}
function unique(claims) {
  const sorted = [...claims].sort((a, b) => a.index - b.index);
  return sorted.filter((claim2, i) => i === 0 || claim2 !== sorted[i - 1]);
}

// src/compare/structures/moment-tree.ts
var MomentTree = class {
  /** Leaves: a power of two, at least one per moment. */
  leaves;
  /** Node `k` has children `2k` and `2k + 1`; leaf `i` is node `leaves + i`. */
  nodes;
  /** Moment `i` holds the values at positions `starts[i]` to `starts[i + 1]` (excluded) of the line. */
  constructor(line, starts) {
    const count = starts.length - 1;
    let leaves = 1;
    while (leaves < count) leaves *= 2;
    this.leaves = leaves;
    this.nodes = new Extremes(line, 2 * leaves);
    for (let i = 0; i < count; i++) {
      for (let v = starts[i]; v < starts[i + 1]; v++) this.nodes.add(leaves + i, v);
    }
    for (let k = leaves - 1; k > 0; k--) {
      this.nodes.merge(k, this.nodes, 2 * k);
      this.nodes.merge(k, this.nodes, 2 * k + 1);
    }
  }
  /**
   * The last moment from `from` to `to` (both included) holding a value that
   * disagrees with value `v` and comes from another document (from any, for
   * "any"); -1 when none does.
   */
  lastDisagreeing(from, to, v, relation = "other") {
    return this.search(1, 0, this.leaves - 1, from, to, v, relation);
  }
  search(node2, lo, hi, from, to, v, relation) {
    if (hi < from || lo > to || !this.nodes.disagrees(node2, v, relation)) return -1;
    if (lo === hi) return lo;
    const mid = lo + hi >>> 1;
    const later3 = this.search(2 * node2 + 1, mid + 1, hi, from, to, v, relation);
    return later3 >= 0 ? later3 : this.search(2 * node2, lo, mid, from, to, v, relation);
  }
};

// src/internal/boundary.ts
function boundary(from, to, before3) {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (before3(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/compare/structures/sorted-values.ts
function sort(line, order, positions) {
  const values = sortedBy(line, order, positions);
  const next = new Int32Array(values.length);
  for (let p = values.length - 1; p >= 0; p--) {
    const last = p + 1 === values.length || line.document[values[p + 1]] !== line.document[values[p]];
    next[p] = last ? p + 1 : next[p + 1];
  }
  return { values, next };
}
function each(line, sorted, from, to, except, visit) {
  for (let p = from; p < to; ) {
    const v = sorted.values[p];
    if (line.document[v] === except) {
      p = sorted.next[p];
    } else {
      visit(v);
      p++;
    }
  }
}
var RangeFirst = class {
  nodes;
  found;
  size;
  constructor(line, order, values) {
    this.size = values.length;
    this.nodes = new Extreme(line, order, 2 * this.size);
    this.found = new Extreme(line, order);
    values.forEach((v, i) => this.nodes.offer(this.size + i, v));
    for (let k = this.size - 1; k > 0; k--) {
      this.nodes.merge(k, this.nodes, 2 * k);
      this.nodes.merge(k, this.nodes, 2 * k + 1);
    }
  }
  /** The first value at positions `from` to `to` (excluded), from another document than value `v`'s unless `relation` is "any"; -1 when none. */
  first(v, from, to, relation) {
    this.found.clear(0);
    for (let l = from + this.size, r2 = to + this.size; l < r2; l >>= 1, r2 >>= 1) {
      if (l & 1) this.found.merge(0, this.nodes, l++);
      if (r2 & 1) this.found.merge(0, this.nodes, --r2);
    }
    return this.found.for(0, v, relation);
  }
};
var SortedValues = class {
  constructor(line, positions) {
    this.line = line;
    this.byEnd = sort(line, LOWEST_END, positions);
    this.byStart = sort(line, HIGHEST_START, positions);
  }
  line;
  /** By end, lowest first: the values below a value are a prefix. */
  byEnd;
  /** By start, highest first: the values above a value are a prefix. */
  byStart;
  lowestStarts;
  highestEnds;
  /** How many values lie entirely below value `v`. */
  countBelow(v) {
    return this.endingBelow(this.line.lo[v], this.line.loOpen[v]);
  }
  /** How many values lie entirely above value `v`. */
  countAbove(v) {
    return this.startingAbove(this.line.hi[v], this.line.hiOpen[v]);
  }
  /** How many values end below a start at `lo` (excluded when `loOpen` is 1): a prefix of the end order. */
  endingBelow(lo, loOpen) {
    const { hi, hiOpen } = this.line;
    const values = this.byEnd.values;
    return boundary(0, values.length, (i) => {
      const p = values[i];
      return hi[p] < lo || hi[p] === lo && (hiOpen[p] | loOpen) === 1;
    });
  }
  /** How many values start above an end at `hi` (excluded when `hiOpen` is 1): a prefix of the start order. */
  startingAbove(hi, hiOpen) {
    const { lo, loOpen } = this.line;
    const values = this.byStart.values;
    return boundary(0, values.length, (i) => {
      const p = values[i];
      return hi < lo[p] || hi === lo[p] && (hiOpen | loOpen[p]) === 1;
    });
  }
  /** How many values are incompatible with value `v`. */
  countIncompatible(v) {
    return this.countBelow(v) + this.countAbove(v);
  }
  /** Calls `visit` with every value incompatible with value `v`: those below it, then those above it. */
  eachIncompatible(v, visit) {
    each(this.line, this.byEnd, 0, this.countBelow(v), -1, visit);
    each(this.line, this.byStart, 0, this.countAbove(v), -1, visit);
  }
  /**
   * The values that disagree with at least one of the values summarised by
   * `others` (summary 0) from another document (from any, for "any"), in
   * time proportional to their number.
   */
  partnersOf(others, relation = "other") {
    const found = /* @__PURE__ */ new Set();
    const add = (v) => found.add(v);
    if (relation === "any") {
      const [top2, bottom2] = [others.highest.best(0), others.lowest.best(0)];
      if (top2 >= 0) each(this.line, this.byEnd, 0, this.countBelow(top2), -1, add);
      if (bottom2 >= 0) each(this.line, this.byStart, 0, this.countAbove(bottom2), -1, add);
      return found;
    }
    const [top, second] = [others.highest.best(0), others.highest.runnerUp(0)];
    if (top >= 0) {
      const belowSecond = second >= 0 ? this.countBelow(second) : 0;
      each(this.line, this.byEnd, 0, belowSecond, -1, add);
      each(this.line, this.byEnd, belowSecond, this.countBelow(top), this.line.document[top], add);
    }
    const [bottom, next] = [others.lowest.best(0), others.lowest.runnerUp(0)];
    if (bottom >= 0) {
      const aboveNext = next >= 0 ? this.countAbove(next) : 0;
      each(this.line, this.byStart, 0, aboveNext, -1, add);
      each(this.line, this.byStart, aboveNext, this.countAbove(bottom), this.line.document[bottom], add);
    }
    return found;
  }
  /** True when some value, from another document than value `v`'s (any, for "any"), is incompatible with `v` but overlaps span `r`. */
  bridges(v, r2, relation = "other") {
    const { lo, hi, loOpen, hiOpen } = this.line;
    const [fromEnd, toEnd] = [this.endingBelow(r2.lo, r2.loOpen ? 1 : 0), this.countBelow(v)];
    if (fromEnd < toEnd) {
      this.lowestStarts ??= new RangeFirst(this.line, LOWEST_START, this.byEnd.values);
      const lowest = this.lowestStarts.first(v, fromEnd, toEnd, relation);
      if (lowest >= 0 && !(r2.hi < lo[lowest] || r2.hi === lo[lowest] && (r2.hiOpen || loOpen[lowest] === 1))) return true;
    }
    const [fromStart, toStart] = [this.startingAbove(r2.hi, r2.hiOpen ? 1 : 0), this.countAbove(v)];
    if (fromStart < toStart) {
      this.highestEnds ??= new RangeFirst(this.line, HIGHEST_END, this.byStart.values);
      const highest = this.highestEnds.first(v, fromStart, toStart, relation);
      if (highest >= 0 && !(hi[highest] < r2.lo || hi[highest] === r2.lo && (hiOpen[highest] === 1 || r2.loOpen))) return true;
    }
    return false;
  }
};

// src/compare/timeline.ts
var Timeline = class {
  /** The moments, in time order. */
  moments;
  /** Their claims, moment after moment. */
  line;
  /** Moment `j` holds the positions `starts[j]` to `starts[j + 1]` (excluded). */
  starts;
  /** Each claim's position on the line. */
  positions = /* @__PURE__ */ new Map();
  sorted = /* @__PURE__ */ new Map();
  tree;
  constructor(moments2) {
    this.moments = moments2;
    const starts = [0];
    for (const run of this.moments) starts.push(starts[starts.length - 1] + run.length);
    this.starts = starts;
    this.line = ValueLine.of(this.moments.flat());
    this.line.claims.forEach((claim2, v) => this.positions.set(claim2, v));
  }
  lastDisagreeing(from, to, claim2, relation = "other") {
    this.tree ??= new MomentTree(this.line, this.starts);
    return this.tree.lastDisagreeing(from, to, this.positions.get(claim2), relation);
  }
  partners(k, claims, relation = "other") {
    const found = this.sortedValues(k).partnersOf(extremesOf(this.line, claims.map((claim2) => this.positions.get(claim2))), relation);
    return this.line.claimsAt(found);
  }
  bridges(k, claim2, r2, relation = "other") {
    return this.sortedValues(k).bridges(this.positions.get(claim2), r2, relation);
  }
  /** The values of moment `j`, sorted. */
  sortedValues(j) {
    let sorted = this.sorted.get(j);
    if (!sorted) this.sorted.set(j, sorted = new SortedValues(this.line, range(this.starts[j], this.starts[j + 1])));
    return sorted;
  }
};

// src/compare/moment-comparisons.ts
var FEW_CLAIMS = 64;
function compareMoments(moments2) {
  let claims = 0;
  for (const run of moments2) claims += run.length;
  return claims <= FEW_CLAIMS ? new FewMoments(moments2) : new Timeline(moments2);
}
var FewMoments = class {
  constructor(moments2) {
    this.moments = moments2;
  }
  moments;
  lastDisagreeing(from, to, claim2, relation = "other") {
    for (let k = to; k >= from; k--) if (hasPartner(claim2, this.moments[k], relation)) return k;
    return -1;
  }
  partners(k, claims, relation = "other") {
    return partnersAmong(this.moments[k], claims, relation);
  }
  bridges(k, claim2, r2, relation = "other") {
    return bridgesAmong(claim2, r2, this.moments[k], relation);
  }
};

// src/compare/history.ts
function before2(a, b) {
  const [ta, tb] = [a.time?.lo ?? Infinity, b.time?.lo ?? Infinity];
  return ta < tb || ta === tb && a.id < b.id;
}
function split(root, goesLeft) {
  const lefts = { right: void 0 };
  const rights = { left: void 0 };
  let [leftEnd, rightEnd] = [lefts, rights];
  for (let node2 = root; node2; ) {
    if (goesLeft(node2.run)) {
      leftEnd.right = node2;
      leftEnd = node2;
      node2 = node2.right;
    } else {
      rightEnd.left = node2;
      rightEnd = node2;
      node2 = node2.left;
    }
  }
  leftEnd.right = void 0;
  rightEnd.left = void 0;
  return [lefts.right, rights.left];
}
function join(a, b) {
  if (!a) return b;
  if (!b) return a;
  if (a.priority > b.priority) {
    a.right = join(a.right, b);
    return a;
  }
  b.left = join(a, b.left);
  return b;
}
function union2(a, b) {
  return {
    lo: Math.min(a.lo, b.lo),
    loOpen: a.lo < b.lo ? a.loOpen : a.lo > b.lo ? b.loOpen : a.loOpen && b.loOpen,
    hi: Math.max(a.hi, b.hi),
    hiOpen: a.hi > b.hi ? a.hiOpen : a.hi < b.hi ? b.hiOpen : a.hiOpen && b.hiOpen,
    claim: before2(a.claim, b.claim) ? a.claim : b.claim
  };
}
function absorb(run, node2) {
  if (!node2) return run;
  return absorb(absorb(union2(run, node2.run), node2.left), node2.right);
}
var ValueHistory = class {
  root;
  seed = 625341585;
  keys = /* @__PURE__ */ new Map();
  /** Remembers a claim's value. */
  add(claim2) {
    if (!claim2.span) {
      const known = this.keys.get(claim2.key);
      if (!known || before2(claim2, known)) this.keys.set(claim2.key, claim2);
      return;
    }
    const span = claim2.span;
    const [lower, rest] = split(this.root, (run) => below(run, span));
    const [overlapping2, higher] = split(rest, (run) => !below(span, run));
    const merged = absorb({ lo: span.lo, hi: span.hi, loOpen: span.loOpen, hiOpen: span.hiOpen, claim: claim2 }, overlapping2);
    this.root = join(join(lower, { run: merged, priority: this.nextPriority(), left: void 0, right: void 0 }), higher);
  }
  /** The claim remembered for the first run that overlaps this claim's value, if any. */
  compatible(claim2) {
    if (!claim2.span) return this.keys.get(claim2.key);
    let first;
    for (let node2 = this.root; node2; ) {
      if (below(node2.run, claim2.span)) {
        node2 = node2.right;
      } else {
        first = node2.run;
        node2 = node2.left;
      }
    }
    return first && overlaps(first, claim2.span) ? first.claim : void 0;
  }
  /** A pseudo-random priority (xorshift): the treap's shape, never its runs, depends on it. */
  nextPriority() {
    this.seed ^= this.seed << 13;
    this.seed ^= this.seed >>> 17;
    this.seed ^= this.seed << 5;
    return this.seed >>> 0;
  }
};

// src/compare/staleness.ts
var StaleFigures = class extends Map {
  constructor(track) {
    super();
    this.track = track;
  }
  track;
  /** The newer figures some of `claims` ignore (those of them that are stale): with `"other"`, only those from another document than the stale claim's. */
  newer(claims, relation = "any") {
    const byMoment = /* @__PURE__ */ new Map();
    for (const claim2 of claims) {
      const why = this.get(claim2);
      if (why === void 0) continue;
      const same = byMoment.get(why.previous);
      if (same) same.push(claim2);
      else byMoment.set(why.previous, [claim2]);
    }
    const found = /* @__PURE__ */ new Set();
    for (const [k, stale] of byMoment) for (const figure of this.track.partners(k, stale, relation)) found.add(figure);
    return [...found];
  }
  /** Whether some newer figure `claim` ignores is from another document than its own. */
  ignoresOtherDocuments(claim2) {
    const why = this.get(claim2);
    return why !== void 0 && this.track.lastDisagreeing(why.previous, why.previous, claim2, "other") >= 0;
  }
};
function staleClaims(track) {
  const found = new StaleFigures(track);
  const runs = track.moments;
  const history = new ValueHistory();
  for (let j = 1; j < runs.length; j++) {
    if (j >= 2) for (const earlier of runs[j - 2]) history.add(earlier);
    for (const claim2 of runs[j]) {
      if (track.lastDisagreeing(j - 1, j - 1, claim2, "any") < 0) continue;
      const firstSeen = history.compatible(claim2);
      if (!firstSeen) continue;
      if (firstSeen.span && track.bridges(j - 1, claim2, firstSeen.span, "any")) continue;
      found.set(claim2, { firstSeen, previous: j - 1 });
    }
  }
  return found;
}

// src/compare/comparison.ts
function byPeriod(claims) {
  return groupBy(claims, periodKey);
}
var GroupComparison = class {
  constructor(group) {
    this.group = group;
  }
  group;
  comparable;
  // Keyed by the lists this comparison itself handed out (sets and moments), which nobody modifies.
  placements = /* @__PURE__ */ new Map();
  runs = /* @__PURE__ */ new Map();
  sameTimeRuns = /* @__PURE__ */ new Map();
  tracks = /* @__PURE__ */ new Map();
  stales = /* @__PURE__ */ new Map();
  lines = /* @__PURE__ */ new Map();
  /**
   * The sets of claims that may be compared: asserted with asserted, planned
   * with planned (DESIGN §4); each of at least two claims. Denied claims only
   * meet `denied-claim`; a `cardinality: "many"` property has none.
   */
  get sets() {
    return this.comparable ??= comparableSets(this.group);
  }
  /** How a set's claims can be compared in time (times.ts): placed on the timeline, unplaced, undated. */
  placement(set) {
    let found = this.placements.get(set);
    if (found === void 0) this.placements.set(set, found = placement(set));
    return found;
  }
  /**
   * The timeline of a set: its moments (connected runs of placed claims whose
   * times overlap), in time order. Undated claims, and claims whose coarse or
   * open time overlaps another period, are left out.
   */
  moments(set) {
    let runs = this.runs.get(set);
    if (runs === void 0) this.runs.set(set, runs = moments(this.placement(set).placed));
    return runs;
  }
  /**
   * The runs of a set's claims that may be compared as of one time: the
   * moments, then each period of unplaced claims (claims of the very same
   * coarse or open period), in time order.
   */
  sameTimes(set) {
    let runs = this.sameTimeRuns.get(set);
    if (runs === void 0) {
      const periods = [...byPeriod(this.placement(set).unplaced.filter(bounded)).values()].filter((claims) => claims.length > 1);
      runs = periods.length === 0 ? this.moments(set) : [...this.moments(set), ...periods];
      this.sameTimeRuns.set(set, runs);
    }
    return runs;
  }
  /** How the moments of a set compare with each other (the timeline). */
  track(set) {
    let track = this.tracks.get(set);
    if (track === void 0) this.tracks.set(set, track = compareMoments(this.moments(set)));
    return track;
  }
  /** The stale claims of a set (staleness.ts): each that repeats an older figure after the figures moved on, and why. */
  stale(set) {
    let found = this.stales.get(set);
    if (found === void 0) {
      found = this.group.property.temporal === "state" ? staleClaims(this.track(set)) : new StaleFigures();
      this.stales.set(set, found);
    }
    return found;
  }
  /** The claims of `targets` that disagree with a claim of `pool` whose document relates as asked. */
  partners(targets, pool, relation) {
    return withPartner(targets, pool, relation, this);
  }
  /** The claims of a moment that disagree with a claim of it, related as asked, whose time overlaps their own. */
  partnersAtSameTime(moment, relation) {
    return withPartnerAtSameTime(moment, relation, this);
  }
  /** In a chained moment, the earlier and the later claims of the pairs apart in time that relate as `kind` says. */
  pairsApart(moment, kind) {
    return pairsApart(moment, kind, this);
  }
  /** The value line of a list this comparison handed out (internal to the sweeps). */
  line(claims) {
    let line = this.lines.get(claims);
    if (line === void 0) this.lines.set(claims, line = ValueLine.of(claims));
    return line;
  }
};

// src/compare/structures/overlap-index.ts
var OverlapIndex = class {
  constructor(spans, positions) {
    this.spans = spans;
    this.byStart = sortedBy(spans, LOWEST_START, positions);
    this.byEnd = sortedBy(spans, LOWEST_END, positions);
    let leaves = 1;
    while (leaves < positions.length) leaves *= 2;
    this.leaves = leaves;
    this.highestEnd = new Int32Array(2 * leaves).fill(-1);
    this.highestEnd.set(this.byStart, leaves);
    for (let k = leaves - 1; k > 0; k--) {
      const [left, right] = [this.highestEnd[2 * k], this.highestEnd[2 * k + 1]];
      this.highestEnd[k] = left < 0 || right >= 0 && before(spans, HIGHEST_END, right, left) ? right : left;
    }
  }
  spans;
  /** The positions by start, lowest first. */
  byStart;
  /** The positions by end, lowest first (for counting). */
  byEnd;
  /** Leaves: a power of two, at least one per position. */
  leaves;
  /** The position with the highest end under each node (node `k` has children `2k` and `2k + 1`); -1 for none. */
  highestEnd;
  /** How many of the spans overlap span `q` of the table. */
  count(q) {
    return this.startingBy(q) - this.endingBefore(q);
  }
  /** Calls `visit` with every span that overlaps span `q` of the table, in order of start. */
  each(q, visit) {
    this.visit(1, 0, this.leaves - 1, this.startingBy(q), q, visit);
  }
  /** How many of the spans do not start after span `q` ends: a prefix of the start order. */
  startingBy(q) {
    return boundary(0, this.byStart.length, (i) => !spanBelow(this.spans, q, this.byStart[i]));
  }
  /** How many of the spans end before span `q` starts: a prefix of the end order. */
  endingBefore(q) {
    return boundary(0, this.byEnd.length, (i) => spanBelow(this.spans, this.byEnd[i], q));
  }
  visit(node2, lo, hi, limit, q, visit) {
    const end = this.highestEnd[node2];
    if (lo >= limit || end < 0 || spanBelow(this.spans, end, q)) return;
    if (lo === hi) {
      visit(this.byStart[lo]);
      return;
    }
    const mid = lo + hi >>> 1;
    this.visit(2 * node2, lo, mid, limit, q, visit);
    this.visit(2 * node2 + 1, mid + 1, hi, limit, q, visit);
  }
};

// src/compare/pool.ts
var timeless = (claim2) => claim2.property.temporal === "static" || !claim2.time;
var overlapping = (spans, a, b) => !spanBelow(spans, a, b) && !spanBelow(spans, b, a);
function poolOf(pool, targets) {
  return pool.length * targets.length <= PAIRS ? new FewClaims(pool) : new ClaimPool(pool, targets);
}
var sameMoment = (claim2, other) => timeless(claim2) || !other.time || overlaps(claim2.time, other.time);
var FewClaims = class {
  constructor(pool) {
    this.pool = pool;
  }
  pool;
  meets(claim2) {
    for (const other of this.pool) if (sameMoment(claim2, other)) return true;
    return false;
  }
  meetsDisagreement(claim2) {
    for (const other of this.pool) if (sameMoment(claim2, other) && incompatible(claim2, other)) return true;
    return false;
  }
  meeting(claim2, values) {
    const wanted = values === "disagree";
    return this.pool.filter((other) => sameMoment(claim2, other) && incompatible(claim2, other) === wanted).sort((a, b) => a.index - b.index);
  }
};
var ClaimPool = class {
  /** The pool's claims, then the targets. */
  line;
  times;
  pool;
  dated;
  undated;
  /** The targets' positions. */
  targets;
  verdicts;
  byTime;
  agreeing;
  disagreeing;
  constructor(pool, targets) {
    this.line = ValueLine.of([...pool, ...targets]);
    this.times = timesOf(this.line);
    this.pool = range(0, pool.length);
    this.dated = this.pool.filter((p) => pool[p].time);
    this.undated = this.pool.filter((p) => !pool[p].time);
    this.targets = new Map(targets.map((claim2, i) => [claim2, pool.length + i]));
  }
  meets(claim2) {
    return this.compare().meets[this.targets.get(claim2)] === 1;
  }
  meetsDisagreement(claim2) {
    return this.compare().disagrees[this.targets.get(claim2)] === 1;
  }
  meeting(claim2, values) {
    const { line, times: times2 } = this;
    const t2 = this.targets.get(claim2);
    const byValue2 = this.valueIndex(values);
    const found = [];
    if (timeless(claim2)) {
      byValue2.each(t2, (p) => found.push(p));
    } else {
      const byTime = this.byTime ??= new OverlapIndex(times2, this.dated);
      if (byValue2.count(t2) <= byTime.count(t2) + this.undated.length) {
        byValue2.each(t2, (p) => {
          if (!line.claims[p].time || overlapping(times2, p, t2)) found.push(p);
        });
      } else {
        const matches = (p) => line.disjoint(p, t2) === (values === "disagree");
        for (const p of this.undated) if (matches(p)) found.push(p);
        byTime.each(t2, (p) => {
          if (matches(p)) found.push(p);
        });
      }
    }
    return line.claimsAt(found).sort((a, b) => a.index - b.index);
  }
  /** The pool's values that agree (overlap) or disagree with a target's, counted and listed. */
  valueIndex(values) {
    if (values === "agree") return this.agreeing ??= new OverlapIndex(this.line, this.pool);
    const sorted = this.disagreeing ??= new SortedValues(this.line, this.pool);
    return { count: (t2) => sorted.countIncompatible(t2), each: (t2, visit) => sorted.eachIncompatible(t2, visit) };
  }
  /** Compares every target with the pool once, in one sweep. */
  compare() {
    if (this.verdicts) return this.verdicts;
    const { line, times: times2 } = this;
    const meets = new Uint8Array(line.length);
    const disagrees = new Uint8Array(line.length);
    const all = extremesOf(line, this.pool);
    const undated = extremesOf(line, this.undated);
    const datedTargets = [];
    for (let t2 = this.pool.length; t2 < line.length; t2++) {
      if (timeless(line.claims[t2])) {
        meets[t2] = this.pool.length > 0 ? 1 : 0;
        disagrees[t2] = all.disagrees(0, t2, "any") ? 1 : 0;
      } else {
        meets[t2] = this.undated.length > 0 ? 1 : 0;
        disagrees[t2] = undated.disagrees(0, t2, "any") ? 1 : 0;
        datedTargets.push(t2);
      }
    }
    const disagreeing = dominated(
      line,
      points(this.dated, (p) => times2.lo[p], (p) => times2.hi[p]),
      points(datedTargets, (t2) => times2.hi[t2], (t2) => times2.lo[t2]),
      (t2, found) => {
        if (found.highest.best(0) >= 0) meets[t2] = 1;
        return found.disagrees(0, t2, "any");
      }
    );
    for (const t2 of disagreeing) disagrees[t2] = 1;
    return this.verdicts = { meets, disagrees };
  }
};

// src/compare/sets.ts
function byDocument(claims) {
  return groupBy(claims, (claim2) => claim2.document);
}
function byModality(claims) {
  return groupBy(claims, (claim2) => claim2.modality);
}

// src/compare/containment.ts
function compare(parts, wholes) {
  if (parts.length === 0 || wholes.length === 0) return void 0;
  let lowest = wholes[0];
  for (const whole of wholes) {
    const [a, b] = [whole.span, lowest.span];
    if (a.hi < b.hi || a.hi === b.hi && a.hiOpen && !b.hiOpen) lowest = whole;
  }
  let highest = parts[0];
  for (const part of parts) {
    const [a, b] = [part.span, highest.span];
    if (a.lo > b.lo || a.lo === b.lo && a.loOpen && !b.loOpen) highest = part;
  }
  const above = parts.filter((part) => below(lowest.span, part.span));
  if (above.length === 0) return void 0;
  return [above, wholes.filter((whole) => below(whole.span, highest.span))];
}
function partsAbove(parts, wholes, timeless2) {
  const isPart = new Set(parts);
  const runs = [];
  if (timeless2) runs.push([...parts, ...wholes]);
  else {
    const { placed, unplaced } = placement([...parts, ...wholes]);
    runs.push(...moments(placed), ...groupBy(unplaced.filter(bounded), periodKey).values());
  }
  const found = [];
  for (const run of runs) {
    const [mine, theirs] = [run.filter((claim2) => isPart.has(claim2)), run.filter((claim2) => !isPart.has(claim2))];
    const result = timeless2 || atOneTime(run) ? compare(mine, theirs) : compareOverlapping(mine, theirs);
    if (result) found.push(result);
  }
  return found;
}
function atOneTime(run) {
  let [lo, hi] = [-Infinity, Infinity];
  for (const claim2 of run) {
    if (!claim2.time) return false;
    lo = Math.max(lo, claim2.time.lo);
    hi = Math.min(hi, claim2.time.hi);
  }
  return lo <= hi;
}
var PAIRS2 = 1 << 16;
function compareOverlapping(parts, wholes) {
  if (parts.length * wholes.length > PAIRS2) return compare(parts, wholes);
  const above = /* @__PURE__ */ new Set();
  const under = /* @__PURE__ */ new Set();
  for (const part of parts) {
    for (const whole of wholes) {
      if (!overlaps(part.time, whole.time) || !below(whole.span, part.span)) continue;
      above.add(part);
      under.add(whole);
    }
  }
  return above.size === 0 ? void 0 : [parts.filter((part) => above.has(part)), wholes.filter((whole) => under.has(whole))];
}

// src/compare/figures.ts
function later(a, b) {
  const [ta, tb] = [a.time?.hi ?? -Infinity, b.time?.hi ?? -Infinity];
  return ta > tb || ta === tb && a.id < b.id;
}
function figureIndex(claims) {
  const byDisplay = groupBy(claims, (claim2) => claim2.value.display);
  const keys = new Set(claims.filter((claim2) => !claim2.span).map((claim2) => claim2.key));
  let latest;
  for (const claim2 of claims) if (!latest || later(claim2, latest)) latest = claim2;
  const spans = claims.filter((claim2) => claim2.span).sort((a, b) => a.span.lo - b.span.lo || Number(a.span.loOpen) - Number(b.span.loOpen));
  const highest = [];
  for (const claim2 of spans) {
    const top = highest[highest.length - 1];
    const beats = !top || claim2.span.hi > top.span.hi || claim2.span.hi === top.span.hi && (Number(top.span.hiOpen) - Number(claim2.span.hiOpen) > 0 || claim2.span.hiOpen === top.span.hiOpen && later(claim2, top));
    highest.push(beats ? claim2 : top);
  }
  const notAbove = (span) => boundary(0, spans.length, (i) => !below(span, spans[i].span));
  const alike = (claim2) => byDisplay.get(claim2.value.display);
  return {
    agrees(claim2) {
      if (!claim2.span) return keys.has(claim2.key);
      const prefix = notAbove(claim2.span);
      return prefix > 0 && !below(highest[prefix - 1].span, claim2.span);
    },
    nearest(claim2) {
      if (!claim2.span || spans.length === 0) return latest ? alike(latest) : [];
      const prefix = notAbove(claim2.span);
      const under = prefix > 0 ? highest[prefix - 1] : void 0;
      const over = prefix < spans.length ? spans[prefix] : void 0;
      if (!under || !over) return alike(under ?? over);
      const [du, dov] = [distance(under.span, claim2.span), distance(claim2.span, over.span)];
      return alike(du < dov || du === dov && later(under, over) ? under : over);
    }
  };
}

// src/engine/rule.ts
var PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

// src/normalize/names.ts
function readableNames(claimSet2, aliases) {
  const names = /* @__PURE__ */ new Map();
  for (const entity of claimSet2.entities ?? []) names.set(entity.id, entity.labels?.[0] ?? entity.id);
  for (const source of claimSet2.sources ?? []) names.set(aliases.resolve(source.id), source.name ?? source.id);
  const titles = /* @__PURE__ */ new Map();
  for (const document of claimSet2.documents ?? []) if (document.title !== void 0 && !titles.has(document.id)) titles.set(document.id, document.title);
  const labels = /* @__PURE__ */ new Map();
  for (const property of claimSet2.properties ?? []) if (property.label !== void 0) labels.set(property.id, property.label);
  return {
    name: (id) => names.get(id) ?? id,
    resolve: (label) => aliases.resolve(label),
    title: (document) => titles.get(document),
    property: (id) => labels.get(id) ?? propertyInWords(id),
    isPartOf: containment(claimSet2, aliases)
  };
}
function propertyInWords(id) {
  return id.replaceAll("-", " ");
}
function topicInWords(subject, property, scope, names) {
  const entries = Object.entries(scope).map(([key, value]) => `${key}: ${names.name(value)}`);
  return `${names.name(subject)}: ${property}${entries.length > 0 ? ` (${entries.join(", ")})` : ""}`;
}
function containment(claimSet2, aliases) {
  const direct = /* @__PURE__ */ new Map();
  for (const entity of claimSet2.entities ?? []) {
    if (entity.partOf?.length) direct.set(entity.id, [...direct.get(entity.id) ?? [], ...entity.partOf.map((id) => aliases.resolve(id))]);
  }
  if (direct.size === 0) return () => false;
  const wholes = /* @__PURE__ */ new Map();
  const wholesOf = (part) => {
    let found = wholes.get(part);
    if (found) return found;
    found = /* @__PURE__ */ new Set();
    const todo = [...direct.get(part) ?? []];
    while (todo.length > 0) {
      const next = todo.pop();
      if (found.has(next) || next === part) continue;
      found.add(next);
      todo.push(...direct.get(next) ?? []);
    }
    wholes.set(part, found);
    return found;
  };
  return (part, whole) => wholesOf(part).has(whole);
}
function withWrittenSpellings(names, claims) {
  let written;
  const name = (id) => {
    const known = names.name(id);
    if (known !== id) return known;
    written ??= writtenSpellings(claims(), names.resolve);
    return written.get(id) ?? id;
  };
  return { ...names, name };
}
function writtenSpellings(claims, resolve) {
  const written = /* @__PURE__ */ new Map();
  const note = (spelling) => {
    const id = resolve(spelling);
    if (!written.has(id)) written.set(id, spelling);
  };
  for (const claim2 of claims) {
    note(claim2.subject);
    if (claim2.source !== void 0) note(claim2.source);
    for (const cited of claim2.attribution ?? []) note(cited);
    for (const value of Object.values(claim2.scope ?? {})) note(value);
  }
  return written;
}

// src/values/words.ts
var MONTHS2 = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function groupDigits(n) {
  const text2 = String(n);
  if (text2.includes("e") || text2.includes("N") || text2.includes("I")) return text2;
  const [whole, fraction] = text2.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  let grouped = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ",";
    grouped += digits[i];
  }
  return `${sign}${grouped}${fraction === void 0 ? "" : `.${fraction}`}`;
}
function quantityInWords(value, unit = value.unit) {
  const { min, max, minExclusive, maxExclusive } = value.interval;
  let words;
  if (value.amount !== void 0) words = `${value.approx ? "about " : ""}${groupDigits(value.amount)}`;
  else if (max === null) words = `${minExclusive ? "more than" : "at least"} ${groupDigits(min)}`;
  else if (min === null) words = `${maxExclusive ? "under" : "at most"} ${groupDigits(max)}`;
  else if (!minExclusive && !maxExclusive) words = `${groupDigits(min)} to ${groupDigits(max)}`;
  else words = `${minExclusive ? "more than" : "at least"} ${groupDigits(min)} and ${maxExclusive ? "under" : "at most"} ${groupDigits(max)}`;
  if (unit === void 0 || unit === "") return words;
  return unit === "%" ? `${words}%` : `${words} ${unit}`;
}
function pointInWords(text2) {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text2);
  if (day) return `${Number(day[3])} ${MONTHS2[Number(day[2]) - 1]} ${day[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(text2);
  if (month) return `${MONTHS2[Number(month[2]) - 1]} ${month[1]}`;
  const part = /^(\d{4})-([QqHh])(\d)$/.exec(text2);
  if (part) return `${part[2].toUpperCase()}${part[3]} ${part[1]}`;
  return text2;
}
function dateInWords(text2) {
  const slash = text2.indexOf("/");
  if (slash !== -1) {
    const [from, to] = [text2.slice(0, slash).trim(), text2.slice(slash + 1).trim()];
    if (from === "..") return `by ${dateInWords(to)}`;
    if (to === "..") return `${dateInWords(from)} or later`;
    return `${dateInWords(from)} to ${dateInWords(to)}`;
  }
  if (text2.endsWith("~")) return `around ${dateInWords(text2.slice(0, -1))}`;
  return pointInWords(text2);
}
function timeInWords(text2) {
  const slash = text2.indexOf("/");
  if (slash !== -1) {
    const [from, to] = [text2.slice(0, slash).trim(), text2.slice(slash + 1).trim()];
    if (from === "..") return `by ${dateInWords(to)}`;
    if (to === "..") return `in ${dateInWords(from)} or later`;
    return `between ${dateInWords(from)} and ${dateInWords(to)}`;
  }
  if (text2.endsWith("~")) return `around ${dateInWords(text2.slice(0, -1))}`;
  const point = pointInWords(text2);
  return point !== text2 && text2.length === 10 ? `on ${point}` : `in ${point}`;
}
function valueInWords(value, unit) {
  if (value.type === "quantity") return quantityInWords(value, unit ?? value.unit);
  if (value.type === "date") return dateInWords(value.display);
  return value.display;
}
function days(n) {
  if (n < 60) return n === 1 ? "1 day" : `${n} days`;
  if (n < 730) return `about ${Math.round(n / 30.44)} months`;
  return `about ${Math.round(n / 365.25)} years`;
}
function durationInWords(duration2) {
  const parts = [];
  for (const [n, unit] of [[duration2.years, "year"], [duration2.months, "month"], [duration2.weeks, "week"], [duration2.days, "day"]]) {
    if (n > 0) parts.push(`${n} ${unit}${n === 1 ? "" : "s"}`);
  }
  return parts.join(" ") || "0 days";
}

// src/rules/messages.ts
function renderMessage(template, data, speech) {
  const message = template.replace(PLACEHOLDER, (whole, placeholder) => {
    const colon = placeholder.indexOf(":");
    if (colon === -1) {
      if (Object.hasOwn(data, placeholder)) return String(data[placeholder]);
      return placeholder === "topic" ? topic(speech.group, speech.name) : whole;
    }
    const key = placeholder.slice(0, colon);
    const kind2 = placeholder.slice(colon + 1);
    if (!Object.hasOwn(KINDS, kind2)) throw new TypeError(`unknown placeholder kind "${kind2}" in "${whole}"`);
    if (!Object.hasOwn(data, key) || data[key] === null || data[key] === void 0) return "";
    return KINDS[kind2](data[key], data, speech);
  });
  const first = template.startsWith("{{") ? template.slice(2, template.indexOf("}}")).trim() : "";
  const kind = first.slice(first.indexOf(":") + 1);
  return first.includes(":") && FIGURE_KINDS.has(kind) ? message.charAt(0).toUpperCase() + message.slice(1) : message;
}
var FIGURE_KINDS = /* @__PURE__ */ new Set(["side", "sides", "each", "dated", "values", "value"]);
function claimsOf2(ids2, speech) {
  if (!Array.isArray(ids2)) throw new TypeError("a placeholder of claims needs a list of claim ids");
  return ids2.map((id) => speech.claim(String(id)));
}
var KINDS = {
  name: (id, _, speech) => speech.name(String(id)),
  document: (id, _, speech) => speech.title(String(id)) ?? String(id),
  who: (id, _, speech) => who(speech.claim(String(id)), speech.name),
  value: (id, _, speech) => valueWords(speech.claim(String(id))),
  values: (ids2, _, speech) => byValue(claimsOf2(ids2, speech)).map((group) => valueWords(group[0])).join(" and "),
  when: (id, _, speech) => speech.when(speech.claim(String(id))) ?? "at no stated time",
  whens: (ids2, _, speech) => distinct2(claimsOf2(ids2, speech).map((claim2) => speech.when(claim2) ?? "at no stated time")).join(", "),
  // A document is named by its title; one without a title is not named (its id is the claim set's, not the reader's).
  in: (id, _, speech) => {
    const title = speech.title(String(id));
    return title === void 0 ? "" : ` in \u201C${title}\u201D`;
  },
  side: (ids2, _, speech) => side(claimsOf2(ids2, speech), speech, speech.withTime),
  sides: (ids2, _, speech) => sides(claimsOf2(ids2, speech), speech),
  either: (ids2, _, speech) => sides(claimsOf2(ids2, speech), speech, " or "),
  own: (ids2, _, speech) => own2(claimsOf2(ids2, speech), speech),
  each: (ids2, _, speech) => claimsOf2(ids2, speech).map((claim2) => side([claim2], speech, speech.withTime)).join(", "),
  dated: (ids2, _, speech) => byValue(claimsOf2(ids2, speech)).map((group) => side(group, speech, true)).join(", "),
  count: (list) => String(Array.isArray(list) ? list.length : 0),
  period: (from, data) => {
    const to = typeof data.to === "string" ? data.to : from;
    return period({ lo: dayNumberFromIso(String(from)), hi: dayNumberFromIso(String(to)) });
  },
  days: (n) => days(Math.max(Number(n), 1)),
  duration: (text2) => {
    const duration2 = parseDuration(String(text2));
    return duration2 ? durationInWords(duration2) : String(text2);
  },
  scopes: (list, _, speech) => list.map((scope) => scopeInWords(scope, speech.name)).join(" or "),
  scoped: (list, _, speech) => list.map(({ scope, claims }) => `${scopeInWords(scope, speech.name)} (${byValue(claimsOf2(claims, speech)).map((group) => valueWords(group[0])).join(", ")})`).join("; ")
};
function valueWords(claim2) {
  return valueInWords(claim2.value, claim2.property.unit);
}
function writtenTime(claim2) {
  return claim2.written;
}
function oneTime(claims) {
  const first = claims[0] && timeWords(claims[0]);
  return claims.every((claim2) => timeWords(claim2) === first);
}
function period(range2) {
  if (!Number.isFinite(range2.lo) || !Number.isFinite(range2.hi)) return "";
  const [lo, hi] = [isoFromDayNumber(range2.lo), isoFromDayNumber(range2.hi)];
  if (range2.lo === range2.hi) return ` on ${dateInWords(lo)}`;
  const endsMonth = isoFromDayNumber(range2.hi + 1).endsWith("-01");
  if (lo.endsWith("-01") && endsMonth) {
    const [y1, m1, y2, m2] = [lo.slice(0, 4), Number(lo.slice(5, 7)), hi.slice(0, 4), Number(hi.slice(5, 7))];
    if (m1 === 1 && m2 === 12) return y1 === y2 ? ` in ${y1}` : ` between ${y1} and ${y2}`;
    if (y1 === y2 && m1 === m2) return ` in ${dateInWords(lo.slice(0, 7))}`;
    if (y1 === y2 && m2 - m1 === 2 && m1 % 3 === 1) return ` in ${dateInWords(`${y1}-Q${(m1 + 2) / 3}`)}`;
    if (y1 === y2 && m2 - m1 === 5 && m1 % 6 === 1) return ` in ${dateInWords(`${y1}-H${(m1 + 5) / 6}`)}`;
    return ` between ${dateInWords(lo.slice(0, 7))} and ${dateInWords(hi.slice(0, 7))}`;
  }
  return ` between ${dateInWords(lo)} and ${dateInWords(hi)}`;
}
function figures(claims) {
  const values = /* @__PURE__ */ new Set();
  let spans = 0;
  let low;
  let high;
  for (const claim2 of [...claims].sort((a, b) => byValueOrder(a, b) || canonicalOrder(a, b))) {
    values.add(claim2.value.display);
    if (!claim2.span) continue;
    spans++;
    if (!low || claim2.span.hi < low.span.hi) low = claim2;
    if (!high || claim2.span.lo > high.span.lo) high = claim2;
  }
  const data = { values: [...values] };
  if (spans < 2) return data;
  const gap = distance(low.span, high.span);
  if (claims[0].value.type === "date") {
    data.daysApart = gap;
  } else {
    data.gap = gap;
    const scale = Math.max(Math.abs(magnitude(low)), Math.abs(magnitude(high)));
    data.relativeGap = scale === 0 ? 0 : Number((gap / scale).toPrecision(4));
  }
  return data;
}
function magnitude(claim2) {
  const value = claim2.value;
  if (value.type === "quantity" && value.amount !== void 0) return value.amount;
  const { lo, hi } = claim2.span;
  if (Number.isFinite(lo) && Number.isFinite(hi)) return (lo + hi) / 2;
  return Number.isFinite(lo) ? lo : Number.isFinite(hi) ? hi : 0;
}
function timeSpan(claims) {
  const { lo, hi } = timeRange(claims);
  return {
    from: Number.isFinite(lo) ? isoFromDayNumber(lo) : null,
    to: Number.isFinite(hi) ? isoFromDayNumber(hi) : null
  };
}
function olderFigures(claims, stale) {
  const found = claims.filter((claim2) => stale.has(claim2));
  if (found.length === 0) return void 0;
  const newer = stale.newer(found);
  const first = [...found].sort(canonicalOrder)[0];
  return { stale: ids(found), firstSeen: stale.get(first).firstSeen.id, newer: ids(newer) };
}
function byValueOrder(a, b) {
  if (a.span && b.span) {
    const [x, y] = [a.span, b.span];
    const order = x.lo - y.lo || Number(x.loOpen) - Number(y.loOpen) || x.hi - y.hi || Number(y.hiOpen) - Number(x.hiOpen);
    if (order !== 0 && !Number.isNaN(order)) return order;
  } else if (a.span || b.span) {
    return a.span ? -1 : 1;
  } else if (a.key !== b.key) {
    return a.key < b.key ? -1 : 1;
  }
  return a.value.display < b.value.display ? -1 : a.value.display > b.value.display ? 1 : 0;
}
function canonicalOrder(a, b) {
  const [ta, tb] = [a.time?.lo ?? Infinity, b.time?.lo ?? Infinity];
  if (ta !== tb) return ta < tb ? -1 : 1;
  const [ha, hb] = [a.time?.hi ?? Infinity, b.time?.hi ?? Infinity];
  if (ha !== hb) return ha < hb ? -1 : 1;
  return byValueOrder(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function ids(claims) {
  return [...claims].sort(canonicalOrder).map((claim2) => claim2.id);
}
function whenInWords(claim2) {
  const text2 = writtenTime(claim2);
  return text2 === void 0 ? void 0 : `${stated(claim2) ? "stated " : ""}${timeInWords(text2)}`;
}
function citing(claim2, name) {
  return claim2.citing.map(name).join(" citing ");
}
function who(claim2, name) {
  const chain = citing(claim2, name);
  return chain ? `${name(claim2.source)} citing ${chain}` : name(claim2.source);
}
function distinct2(items2) {
  return [...new Set(items2)];
}
var stated = (claim2) => claim2.modality === "planned" && claim2.claim.asOf === void 0;
function timeWords(claim2) {
  const text2 = writtenTime(claim2);
  return text2 === void 0 ? void 0 : `${stated(claim2) ? "stated " : ""}${dateInWords(text2)}`;
}
function times(claims, _speech, withTime) {
  if (!withTime) return "";
  const words = distinct2(claims.map(timeWords).filter((text2) => text2 !== void 0));
  return words.length === 0 ? "" : `, ${words.join(" and ")}`;
}
function provenance(claims, speech, withTime) {
  const bySource = /* @__PURE__ */ new Map();
  for (const claim2 of [...claims].sort(canonicalOrder)) {
    const mine = bySource.get(claim2.source);
    if (mine) mine.push(claim2);
    else bySource.set(claim2.source, [claim2]);
  }
  return [...bySource.entries()].map(([source, mine]) => {
    const chains = distinct2(mine.map((claim2) => citing(claim2, speech.name)));
    const cited = chains.filter(Boolean);
    const ownToo = cited.length > 0 && chains.includes("");
    const credit = cited.length === 0 ? "" : ` citing ${cited.join(", and citing ")}${ownToo ? ", and in its own words" : ""}`;
    return `${speech.name(source)}${credit}${times(mine, speech, withTime)}`;
  }).join("; ");
}
function side(claims, speech, withTime) {
  return `${valueWords(claims[0])} (${provenance(claims, speech, withTime)})`;
}
function byValue(claims) {
  const lists = /* @__PURE__ */ new Map();
  for (const claim2 of [...claims].sort((a, b) => byValueOrder(a, b) || canonicalOrder(a, b))) {
    const list = lists.get(claim2.value.display);
    if (list) list.push(claim2);
    else lists.set(claim2.value.display, [claim2]);
  }
  return [...lists.values()].map((list) => list.sort(canonicalOrder));
}
function sides(claims, speech, between = " vs ") {
  return byValue(claims).map((group) => side(group, speech, speech.withTime)).join(between);
}
function own2(claims, speech) {
  const groups = byValue(claims);
  const cites = claims.some((claim2) => claim2.citing.length > 0);
  return groups.map((group) => {
    const chains = distinct2(group.map((claim2) => citing(claim2, speech.name)));
    const cited = chains.filter(Boolean);
    const credit = !cites ? [] : [...cited.length > 0 ? [`citing ${cited.join(", and citing ")}`] : [], ...chains.includes("") ? ["its own figure"] : []];
    const when = times(group, speech, speech.withTime).slice(2);
    const words = [credit.join(", and "), when].filter(Boolean).join(", ");
    return words ? `${valueWords(group[0])} (${words})` : valueWords(group[0]);
  }).join(" and ");
}
function scopeInWords(scope, name) {
  return Object.entries(scope).map(([key, value]) => `${key}: ${name(value)}`).join(", ");
}
function topic(group, name) {
  return topicInWords(group.subject, group.property.label ?? propertyInWords(group.property.id), group.scope, { name });
}
function docsUrl(id) {
  return { url: `https://unpkg.com/corroborate/docs/rules/${id}.md` };
}

// src/rules/ambiguous-scope.ts
function append(lists, key, item) {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}
var ambiguousScope = {
  meta: {
    id: "ambiguous-scope",
    description: "A claim without scope disagrees with scoped claims and agrees with one scope: it probably means that scope.",
    severity: "warning",
    docs: docsUrl("ambiguous-scope"),
    hasSuggestions: true,
    messages: {
      ambiguous: "{{claim:side}} gives no scope for {{topic}}; it disagrees with {{disagrees:scoped}} but matches {{scopes:scopes}}.",
      addScope: "Add the scope {{scope}} to claim {{id}}."
    }
  },
  check(context) {
    const { group, related: related2 } = context;
    if (Object.keys(group.scope).length > 0 || related2.length === 0 || group.property.cardinality === "many") return;
    const claims = group.claims.filter((claim2) => claim2.modality !== "denied");
    const modalities = byModality(claims);
    const agrees = /* @__PURE__ */ new Map();
    const disagrees = /* @__PURE__ */ new Map();
    for (const scoped of related2) {
      for (const [modality, mine] of modalities) {
        const theirs = scoped.claims.filter((other) => other.modality === modality);
        if (theirs.length === 0) continue;
        const pool = poolOf(theirs, mine);
        for (const claim2 of mine) {
          if (pool.meetsDisagreement(claim2)) append(disagrees, claim2, [scoped, pool]);
          else if (pool.meets(claim2)) append(agrees, claim2, scoped);
        }
      }
    }
    for (const claim2 of claims) {
      const agree = agrees.get(claim2) ?? [];
      const disagreeWith = disagrees.get(claim2) ?? [];
      if (agree.length === 0 || disagreeWith.length === 0) continue;
      const disagree = disagreeWith.map(([scoped, pool]) => [
        scoped,
        pool.meeting(claim2, "disagree")
      ]);
      const against = disagree.flatMap(([, claims2]) => claims2);
      context.report({
        messageId: "ambiguous",
        claims: [claim2, ...against],
        data: {
          claim: [claim2.id],
          disagrees: disagree.map(([scoped, claims2]) => ({ scope: scoped.scope, claims: ids(claims2) })),
          scopes: agree.map((scoped) => scoped.scope),
          ...figures([claim2, ...against])
        },
        suggestions: agree.map((scoped) => ({
          messageId: "addScope",
          data: { scope: JSON.stringify(scoped.scope), id: claim2.id },
          patch: [{ op: "add", path: `/claims/${claim2.index}/scope`, value: { ...scoped.scope } }]
        }))
      });
    }
  }
};

// src/rules/conflicting-values.ts
var conflictingValues = {
  meta: {
    id: "conflicting-values",
    description: "Claims from different documents have incompatible values for the same time.",
    severity: "error",
    docs: docsUrl("conflicting-values"),
    messages: {
      disagree: "Sources disagree on {{topic}}{{from:period}}: {{sides:sides}}.",
      plansDisagree: "Plans disagree on {{topic}}{{from:period}}: {{sides:sides}}.",
      disagreeStale: "Sources disagree on {{topic}}{{from:period}}: {{sides:sides}}. The figure of {{stale:values}} is older: {{firstSeen:who}} gave it {{firstSeen:when}}, before {{newer:dated}}."
    }
  },
  check(context) {
    for (const set of context.compare.sets) {
      const runs = context.group.property.temporal === "static" ? [set] : context.compare.sameTimes(set);
      for (const run of runs) {
        if (run.length < 2) continue;
        const involved = context.group.property.temporal === "static" ? context.compare.partners(run, run, "other") : context.compare.partnersAtSameTime(run, "other");
        if (involved.length < 2) continue;
        const stale = olderFigures(involved, context.compare.stale(set));
        context.report({
          messageId: stale ? "disagreeStale" : involved[0].modality === "planned" ? "plansDisagree" : "disagree",
          claims: involved,
          data: {
            sides: ids(involved),
            ...stale,
            ...figures(involved),
            ...context.group.property.temporal === "static" ? {} : timeSpan(involved)
          }
        });
      }
    }
  }
};

// src/rules/containment.ts
function within(part, whole, isPartOf) {
  const names = Object.keys(part.scope);
  if (names.length !== Object.keys(whole.scope).length) return void 0;
  let found;
  for (const name of names) {
    const [mine, theirs] = [part.scope[name], whole.scope[name]];
    if (theirs === void 0) return void 0;
    if (mine === theirs) continue;
    if (found !== void 0 || !isPartOf(mine, theirs)) return void 0;
    found = name;
  }
  return found;
}
var containment2 = {
  meta: {
    id: "containment",
    description: "A count for a part exceeds its whole's, or a part's presence or deadline ends later than its whole's.",
    severity: "warning",
    docs: docsUrl("containment"),
    messages: {
      moreThanWhole: "{{topic}}{{from:period}} is {{part:sides}}, more than {{whole:sides}} for {{container:name}}, which contains {{contained:name}}.",
      laterThanWhole: "{{topic}} is {{part:sides}}, later than {{whole:sides}} for {{container:name}}, which contains {{contained:name}}.",
      plannedLaterThanWhole: "{{topic}} is planned for {{part:sides}}, later than {{whole:sides}} planned for {{container:name}}, which contains {{contained:name}}."
    }
  },
  check(context) {
    const { group } = context;
    const nesting = group.property.nesting;
    if (nesting === "none" || group.property.cardinality === "many" || Object.keys(group.scope).length === 0) return;
    for (const whole of context.related) {
      const name = within(group, whole, context.isPartOf);
      if (name === void 0) continue;
      for (const modality of ["asserted", "planned"]) {
        const parts = group.claims.filter((claim2) => claim2.modality === modality && claim2.span);
        const wholes = whole.claims.filter((claim2) => claim2.modality === modality && claim2.span);
        if (parts.length === 0 || wholes.length === 0) continue;
        for (const [above, below3] of partsAbove(parts, wholes, group.property.temporal === "static" || nesting === "within")) {
          const claims = unique([...above, ...below3]);
          context.report({
            messageId: nesting === "sum" ? "moreThanWhole" : modality === "planned" ? "plannedLaterThanWhole" : "laterThanWhole",
            claims,
            data: {
              part: ids(above),
              whole: ids(below3),
              wholeScope: [whole.scope],
              contained: group.scope[name],
              container: whole.scope[name],
              ...figures(claims),
              ...nesting === "sum" && group.property.temporal !== "static" ? timeSpan(claims) : {}
            }
          });
        }
      }
    }
  }
};

// src/rules/cumulative-decrease.ts
var higherStart = (a, b) => a.lo > b.lo || a.lo === b.lo && a.loOpen && !b.loOpen;
var cumulativeDecrease = {
  meta: {
    id: "cumulative-decrease",
    description: "A cumulative value is lower at a later time than at an earlier one.",
    severity: "error",
    docs: docsUrl("cumulative-decrease"),
    messages: {
      decrease: "{{topic}} can only grow, yet it falls from {{earlier:sides}} to {{lower:each}}."
    }
  },
  check(context) {
    if (context.group.property.temporal !== "cumulative") return;
    const report = (earlier, lower) => {
      const claims = [...earlier, ...lower];
      context.report({
        messageId: "decrease",
        claims,
        data: {
          earlier: ids(earlier),
          lower: ids(lower),
          ...figures(claims),
          daysBetween: timeRange(lower).lo - timeRange(earlier).hi,
          ...timeSpan(claims)
        }
      });
    };
    for (const set of context.compare.sets) {
      let highest = [];
      let highestRun;
      for (const run of context.compare.moments(set)) {
        const top = highest[0];
        const lower = top ? run.filter((claim2) => claim2.span && below(claim2.span, top.span)) : [];
        if (lower.length > 0) report(highest, lower);
        const [earlierInRun, lowerInRun] = context.compare.pairsApart(run, "decrease");
        if (lowerInRun.length > 0) report(earlierInRun, lowerInRun);
        for (const claim2 of run) {
          if (!claim2.span) continue;
          const current = highest[0]?.span;
          const tie = current !== void 0 && claim2.span.lo === current.lo && claim2.span.loOpen === current.loOpen;
          if (tie && highestRun === run) highest.push(claim2);
          else if (tie || !current || higherStart(claim2.span, current)) {
            highest = [claim2];
            highestRun = run;
          }
        }
      }
    }
  }
};

// src/rules/denied-claim.ts
var deniedClaim = {
  meta: {
    id: "denied-claim",
    description: "A claim asserts a value that another claim denies.",
    severity: "error",
    docs: docsUrl("denied-claim"),
    messages: {
      denied: "{{deniedBy:who}} denies {{deniedBy:value}} for {{topic}}, which {{asserted:each}} asserts.",
      deniedSeveral: "{{deniedBy:who}} denies {{deniedBy:value}} for {{topic}}, which {{asserted:each}} assert."
    }
  },
  check(context) {
    const denials = context.group.claims.filter((claim2) => claim2.modality === "denied");
    if (denials.length === 0) return;
    const asserted = poolOf(
      context.group.claims.filter((claim2) => claim2.modality === "asserted"),
      denials
    );
    for (const denial of denials) {
      const hit = asserted.meeting(denial, "agree");
      if (hit.length === 0) continue;
      const claims = [denial, ...hit];
      context.report({
        messageId: hit.length === 1 ? "denied" : "deniedSeveral",
        claims,
        data: {
          value: denial.value.display,
          deniedBy: denial.id,
          asserted: ids(hit),
          ...figures(claims),
          ...timeSpan(claims)
        }
      });
    }
  }
};

// src/rules/outdated-value.ts
var outdatedValue = {
  meta: {
    id: "outdated-value",
    description: "A claim repeats an older figure while newer, incompatible figures exist for its time.",
    severity: "warning",
    docs: docsUrl("outdated-value"),
    messages: {
      outdated: "{{stale:side}} repeats an older figure for {{topic}}: {{repeats:who}} gave it {{repeats:when}}, and newer figures differ: {{newer:dated}}.",
      outdatedSeveral: "{{stale:each}} repeat older figures for {{topic}}, first given {{repeated:whens}}, and newer figures differ: {{newer:dated}}."
    }
  },
  check(context) {
    if (context.group.property.temporal !== "state") return;
    for (const set of context.compare.sets) {
      const stale = context.compare.stale(set);
      if (stale.size === 0) continue;
      for (const run of context.compare.moments(set)) {
        const repeats = run.filter((claim2) => stale.has(claim2));
        if (repeats.length === 0) continue;
        const contradicted = new Set(context.compare.partnersAtSameTime(run, "any"));
        const reported = unique(repeats.filter((claim2) => !contradicted.has(claim2) && stale.ignoresOtherDocuments(claim2)));
        if (reported.length === 0) continue;
        const newer = stale.newer(reported, "other");
        const repeated = unique(reported.map((claim2) => stale.get(claim2).firstSeen));
        const claims = [...reported, ...newer];
        context.report({
          messageId: reported.length === 1 ? "outdated" : "outdatedSeveral",
          claims,
          data: {
            stale: ids(reported),
            repeats: stale.get([...reported].sort(canonicalOrder)[0]).firstSeen.id,
            repeated: ids(repeated),
            newer: ids(newer),
            ...figures(claims),
            ...timeSpan(claims)
          }
        });
      }
    }
  }
};

// src/rules/rapid-change.ts
function firstWithin(starts, j, last, window2) {
  let [lo, hi] = [0, j];
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (allWithin({ lo: starts[mid] }, { hi: last }, window2)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
var rapidChange = {
  meta: {
    id: "rapid-change",
    description: "A changing value differs between sources at times closer together than the property's window.",
    severity: "warning",
    docs: docsUrl("rapid-change"),
    messages: {
      rapid: "{{topic}} goes from {{before:sides}} to {{after:sides}} in {{daysBetween:days}}; within {{window:duration}} the sources may describe the same moment.",
      rapidWithin: "{{topic}} goes from {{before:sides}} to {{after:sides}} within {{daysSpan:days}}; within {{window:duration}} the sources may describe the same moment."
    }
  },
  check(context) {
    if (context.group.property.temporal !== "state") return;
    const window2 = context.group.property.window;
    const report = (before3, after) => {
      const [earlier, later3] = [timeRange(before3), timeRange(after)];
      const claims = [...before3, ...after];
      const days2 = claims.every((claim2) => claim2.time.lo === claim2.time.hi);
      context.report({
        messageId: days2 ? "rapid" : "rapidWithin",
        claims,
        data: {
          before: ids(before3),
          after: ids(after),
          window: window2.text,
          ...figures(claims),
          daysBetween: later3.lo - earlier.hi,
          daysSpan: later3.hi - earlier.lo,
          ...timeSpan(claims)
        }
      });
    };
    for (const set of context.compare.sets) {
      const track = context.compare.track(set);
      const runs = track.moments;
      const starts = runs.map((run) => timeRange(run).lo);
      for (let j = 0; j < runs.length; j++) {
        let byNearest;
        for (const claim2 of runs[j]) {
          const first = firstWithin(starts, j, claim2.time.hi, window2);
          if (first >= j) continue;
          const nearest = track.lastDisagreeing(first, j - 1, claim2);
          if (nearest < 0) continue;
          byNearest ??= /* @__PURE__ */ new Map();
          const later3 = byNearest.get(nearest);
          if (later3) later3.push(claim2);
          else byNearest.set(nearest, [claim2]);
        }
        if (byNearest) {
          const before4 = [];
          const after2 = [];
          for (const [nearest, later3] of byNearest) {
            for (const claim2 of track.partners(nearest, later3)) before4.push(claim2);
            for (const claim2 of later3) after2.push(claim2);
          }
          report(unique(before4), unique(after2));
        }
        const [before3, after] = context.compare.pairsApart(runs[j], "rapid");
        if (before3.length > 0) report(before3, after);
      }
    }
  }
};

// src/rules/self-contradiction.ts
var selfContradiction = {
  meta: {
    id: "self-contradiction",
    description: "One document states incompatible values for the same time.",
    severity: "error",
    docs: docsUrl("self-contradiction"),
    messages: {
      contradicts: "{{source:name}} gives conflicting figures for {{topic}}{{from:period}}{{document:in}}: {{sides:own}}.",
      contradictsStale: "{{source:name}} gives conflicting figures for {{topic}}{{from:period}}{{document:in}}: {{sides:own}}. The figure of {{stale:values}} is older: {{firstSeen:who}} gave it {{firstSeen:when}}, before {{newer:dated}}.",
      citesConflicting: "{{source:name}} cites sources that disagree on {{topic}}{{from:period}}{{document:in}}: {{sides:own}}."
    }
  },
  check(context) {
    for (const set of context.compare.sets) {
      const runs = context.group.property.temporal === "static" ? [set] : context.compare.sameTimes(set);
      for (const run of runs) {
        if (run.length < 2) continue;
        const involved = context.group.property.temporal === "static" ? context.compare.partners(run, run, "same") : context.compare.partnersAtSameTime(run, "same");
        const documents = byDocument(involved);
        for (const [document, claims] of documents) {
          const written = claims[0].claim.document !== void 0;
          const stale = olderFigures(claims, context.compare.stale(set));
          const dispute = claims.every((claim2) => claim2.citing.length > 0) && new Set(claims.map((claim2) => claim2.origin)).size > 1;
          context.report({
            messageId: stale ? "contradictsStale" : dispute ? "citesConflicting" : "contradicts",
            claims,
            data: {
              source: claims[0].source,
              ...written ? { document } : {},
              sides: ids(claims),
              ...stale,
              ...figures(claims),
              ...context.group.property.temporal === "static" ? {} : timeSpan(claims)
            }
          });
        }
      }
    }
  }
};

// src/rules/undated-conflict.ts
var undatedConflict = {
  meta: {
    id: "undated-conflict",
    description: "An undated claim gives a figure no dated claim agrees with, or undated claims disagree with each other.",
    severity: "warning",
    docs: docsUrl("undated-conflict"),
    messages: {
      undated: "{{undatedClaims:side}} has no date, and no dated figure for {{topic}} agrees with it; the nearest is {{nearest:side}}.",
      undatedAll: "Claims disagree on {{topic}} and none of them has a date, so they may describe different times: {{sides:sides}}."
    }
  },
  check(context) {
    if (context.group.property.temporal === "static") return;
    for (const set of context.compare.sets) {
      const { undated, placed, unplaced } = context.compare.placement(set);
      if (undated.length === 0) continue;
      const dated = [...placed, ...unplaced];
      if (dated.length === 0) {
        const claims = context.compare.partners(undated, undated, "any");
        if (claims.length > 0) context.report({ messageId: "undatedAll", claims, data: { sides: ids(claims), undatedClaims: ids(claims), ...figures(claims) } });
        continue;
      }
      const index = figureIndex(dated);
      for (const claim2 of undated) {
        if (index.agrees(claim2)) continue;
        const position = index.nearest(claim2);
        const claims = unique([claim2, ...position]);
        context.report({
          messageId: "undated",
          claims,
          data: { undatedClaims: [claim2.id], nearest: ids(position), ...figures([claim2, ...position]) }
        });
      }
    }
  }
};

// src/rules/value-changed.ts
var valueChanged = {
  meta: {
    id: "value-changed",
    description: "A changing value differs between times further apart than the property's window.",
    severity: "info",
    docs: docsUrl("value-changed"),
    messages: {
      changed: "{{topic}} changed from {{before:either}} to {{after:either}}.",
      changedAfter: "{{topic}} changed from {{before:either}} to {{after:either}}, {{daysBetween:days}} later."
    }
  },
  check(context) {
    if (context.group.property.temporal !== "state") return;
    const report = (before3, after) => {
      const [earliest, latest] = [timeRange(before3), timeRange(after)];
      const daysBetween = latest.lo - earliest.hi;
      const sure = days(Math.max(daysBetween, 1)) === days(latest.hi - earliest.lo);
      const claims = unique([...before3, ...after]);
      context.report({
        messageId: sure && daysBetween > 1 ? "changedAfter" : "changed",
        claims,
        data: {
          before: ids(before3),
          after: ids(after),
          ...figures([...before3, ...after]),
          daysBetween,
          ...timeSpan(claims)
        }
      });
    };
    for (const set of context.compare.sets) {
      const runs = context.compare.moments(set);
      for (let i = 0; i < runs.length; i++) {
        const [earlierInRun, laterInRun] = context.compare.pairsApart(runs[i], "changed");
        if (earlierInRun.length > 0) report(earlierInRun, laterInRun);
        if (i === 0) continue;
        const [earlier, later3] = [runs[i - 1], runs[i]];
        if (withinWindow(earlier, later3)) continue;
        const stale = context.compare.stale(set);
        const named = (moment) => {
          if (stale.size === 0) return () => false;
          const contradicted = new Set(context.compare.partnersAtSameTime(moment, "any"));
          return (claim2) => stale.has(claim2) && (contradicted.has(claim2) || stale.ignoresOtherDocuments(claim2));
        };
        const [namedBefore, namedAfter] = [named(earlier), named(later3)];
        const [from, to] = stale.size === 0 ? [earlier, later3] : [earlier.filter((c) => !namedBefore(c)), later3.filter((c) => !namedAfter(c))];
        const before3 = context.compare.partners(from, to, "any");
        const after = context.compare.partners(to, before3, "any");
        if (before3.length > 0 && after.length > 0) report(before3, after);
      }
    }
  }
};

// src/rules/index.ts
var builtinRules = [
  conflictingValues,
  selfContradiction,
  rapidChange,
  cumulativeDecrease,
  undatedConflict,
  deniedClaim,
  outdatedValue,
  ambiguousScope,
  containment2,
  valueChanged
];

// src/engine/hash.ts
function stableHash(text2) {
  let a = 2166136261;
  let b = 16777619 ^ 1540483477;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619) >>> 0;
    b = Math.imul(b ^ c, 16777619) >>> 0;
    b = (b ^ b >>> 15) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

// src/internal/code-unit-order.ts
function codeUnitOrder(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/estimates/copying.ts
function indexCopying(p, s) {
  const unitCount = p.unitOrigin.length;
  const unitValue = new Int32Array(unitCount).fill(-1);
  const unitBucket = new Int32Array(unitCount);
  const eligible = new Uint8Array(p.bucketCount);
  const counts = new Int32Array(p.origins.length + 1);
  for (let b = 0; b < p.bucketCount; b++) {
    const size2 = p.unitStart[b + 1] - p.unitStart[b];
    const ok = size2 >= 2 && size2 <= s.copyMaxSharers && !p.denialsOnly[b];
    eligible[b] = ok ? 1 : 0;
    for (let u = p.unitStart[b]; u < p.unitStart[b + 1]; u++) {
      unitBucket[u] = b;
      if (!ok || p.unitNegative[u]) continue;
      let found = -1;
      for (let e = p.unitEntryStart[u]; e < p.unitEntryStart[u + 1]; e++) {
        if (p.entrySupport[e] === 1 && p.entryCompatible[e]) {
          if (found >= 0) {
            found = -2;
            break;
          }
          found = p.entryCandidate[e];
        }
      }
      unitValue[u] = found >= 0 ? found : -1;
      if (found >= 0) counts[p.unitOrigin[u] + 1] = counts[p.unitOrigin[u] + 1] + 1;
    }
  }
  for (let o = 0; o < p.origins.length; o++) counts[o + 1] = counts[o + 1] + counts[o];
  const start2 = Int32Array.from(counts);
  const fill = Int32Array.from(counts);
  const units = new Int32Array(counts[p.origins.length]);
  for (let u = 0; u < unitCount; u++) {
    if (unitValue[u] < 0) continue;
    const o = p.unitOrigin[u];
    units[fill[o]] = u;
    fill[o] = fill[o] + 1;
  }
  const origins = p.origins.length;
  const pairIndex = /* @__PURE__ */ new Map();
  const pairKey = [];
  const sameU = [];
  const samePair = [];
  for (let b = 0; b < p.bucketCount; b++) {
    if (!eligible[b]) continue;
    const end = p.unitStart[b + 1];
    for (let u = p.unitStart[b]; u < end; u++) {
      if (unitValue[u] < 0) continue;
      for (let v = u + 1; v < end; v++) {
        const a = p.unitOrigin[u];
        const c = p.unitOrigin[v];
        if (unitValue[v] !== unitValue[u] || a === c) continue;
        const key = a < c ? a * origins + c : c * origins + a;
        let pair = pairIndex.get(key);
        if (pair === void 0) {
          pair = pairKey.length;
          pairIndex.set(key, pair);
          pairKey.push(key);
        }
        sameU.push(u);
        samePair.push(pair);
      }
    }
  }
  return {
    unitValue,
    start: start2,
    units,
    unitBucket,
    eligible,
    sameU: Int32Array.from(sameU),
    samePair: Int32Array.from(samePair),
    pairKey: Float64Array.from(pairKey),
    meetings: /* @__PURE__ */ new Map()
  };
}
function unitOf(index, o, b) {
  let lo = index.start[o];
  let hi = index.start[o + 1];
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    const mb = index.unitBucket[index.units[mid]];
    if (mb < b) lo = mid + 1;
    else hi = mid;
  }
  return lo < index.start[o + 1] && index.unitBucket[index.units[lo]] === b ? index.units[lo] : -1;
}
var snap = (x) => Math.round(x * 2 ** 24) / 2 ** 24;
function detectCopying(p, index, best, trust, logFalseValues, s, out) {
  const origins = p.origins.length;
  const { unitValue } = index;
  const shared = new Int32Array(index.pairKey.length);
  let suspected = 0;
  for (let i = 0; i < index.sameU.length; i++) {
    const u = index.sameU[i];
    if (unitValue[u] === best[index.unitBucket[u]]) continue;
    const pair = index.samePair[i];
    shared[pair] = shared[pair] + 1;
    if (shared[pair] === s.copyMinShared) suspected++;
  }
  if (suspected === 0) return false;
  const c = s.copyRate;
  const prior = s.copyPrior;
  const discount = out;
  discount.fill(0);
  let any = false;
  for (let pair = 0; pair < shared.length; pair++) {
    if (shared[pair] < s.copyMinShared) continue;
    const key = index.pairKey[pair];
    const a = Math.floor(key / origins);
    const o = key % origins;
    let meet = index.meetings.get(key);
    if (meet === void 0) {
      const [few, other] = index.start[a + 1] - index.start[a] <= index.start[o + 1] - index.start[o] ? [a, o] : [o, a];
      const found = [];
      for (let i = index.start[few]; i < index.start[few + 1]; i++) {
        const u = index.units[i];
        const v = unitOf(index, other, index.unitBucket[u]);
        if (v >= 0) found.push(u, v);
      }
      index.meetings.set(key, meet = Int32Array.from(found));
    }
    let kt = 0;
    let kf = 0;
    let kd = 0;
    let logN = 0;
    const together = [];
    for (let i = 0; i < meet.length; i += 2) {
      const u = meet[i];
      const v = meet[i + 1];
      const b = index.unitBucket[u];
      if (unitValue[u] !== unitValue[v]) kd++;
      else {
        together.push(u, v);
        if (unitValue[u] === best[b]) kt++;
        else {
          kf++;
          const domain = p.bucketDomain[b];
          logN += domain < 0 ? 0 : logFalseValues[domain];
        }
      }
    }
    const a1 = trust[a];
    const a2 = trust[o];
    const mean = (a1 + a2) / 2;
    const pt = a1 * a2;
    const pf = (1 - a1) * (1 - a2) / Math.exp(logN / kf);
    const pd = Math.max(1 - pt - pf, 1e-12);
    const independent = kt * Math.log(pt) + kf * Math.log(pf) + kd * Math.log(pd);
    const copying = kt * Math.log(pt * (1 - c) + c * mean) + kf * Math.log(pf * (1 - c) + c * (1 - mean)) + kd * Math.log(pd * (1 - c));
    const dependence = 1 / (1 + (1 - prior) / prior * Math.exp(independent - copying));
    const share = snap(c * dependence);
    if (share === 0) continue;
    any = true;
    for (const u of together) discount[u] = discount[u] + share;
  }
  if (!any) return false;
  for (let u = 0; u < discount.length; u++) discount[u] = 1 / (1 + discount[u]);
  return true;
}

// src/estimates/support.ts
function below2(a, b) {
  return a.hi < b.lo || a.hi === b.lo && (a.hiOpen || b.loOpen);
}
function spansOverlap(a, b) {
  return !below2(a, b) && !below2(b, a);
}
function contains(outer, inner) {
  const lo = outer.lo < inner.lo || outer.lo === inner.lo && (!outer.loOpen || inner.loOpen);
  const hi = outer.hi > inner.hi || outer.hi === inner.hi && (!outer.hiOpen || inner.hiOpen);
  return lo && hi;
}
function compatible(a, b) {
  if (a.kind === "key") return b.kind === "key" && a.key === b.key;
  return b.kind === "number" && spansOverlap(a.span, b.span);
}
function representative(v) {
  if (v.amount !== void 0 && Number.isFinite(v.amount)) return v.amount;
  const { lo, hi } = v.span;
  if (Number.isFinite(lo) && Number.isFinite(hi)) return lo + (hi - lo) / 2;
  if (Number.isFinite(lo)) return lo;
  if (Number.isFinite(hi)) return hi;
  return 0;
}
function width(v) {
  return v.span.hi - v.span.lo;
}
var FORM_RANK = { exact: 0, approx: 1, range: 2, bound: 3 };
function formRank(form) {
  return FORM_RANK[form];
}
function magnitude2(x, y) {
  const m = Math.max(Math.abs(x), Math.abs(y));
  return m > 0 ? m : 1;
}
function membership(c, x, type, s) {
  switch (c.form) {
    case "exact":
    case "range":
      return 1;
    case "approx": {
      const centre = representative(c);
      const half = x >= centre ? c.span.hi - centre : centre - c.span.lo;
      if (!(half > 0) || !Number.isFinite(half)) return 1;
      const r2 = (x - centre) / half;
      return Math.pow(2, -r2 * r2);
    }
    case "bound": {
      if (type === "date") return 1;
      const { lo, hi } = c.span;
      const bound = Number.isFinite(lo) ? lo : hi;
      if (!Number.isFinite(bound)) return 1;
      return Math.exp(-Math.abs(x - bound) / (s.boundScale * magnitude2(bound, 0)));
    }
  }
}
function nearMiss(gap, near, far, type, s) {
  if (!(s.nearSupport > 0)) return 0;
  const scaled = type === "date" ? gap / s.dateScale : gap / (s.nearScale * magnitude2(near, far));
  return s.nearSupport * Math.exp(-scaled);
}
function support(c, j, type, s) {
  if (c.kind === "key" || j.kind === "key") return c.kind === "key" && j.kind === "key" && c.key === j.key ? 1 : 0;
  const cs = c.span;
  const js = j.span;
  if (cs.lo === cs.hi && js.lo === js.hi) {
    if (cs.lo === js.lo) return 1;
    return cs.lo < js.lo ? nearMiss(js.lo - cs.lo, cs.lo, js.lo, type, s) : nearMiss(cs.lo - js.lo, cs.lo, js.lo, type, s);
  }
  if (contains(j.span, c.span)) return 1;
  if (spansOverlap(c.span, j.span)) {
    const lo = Math.max(c.span.lo, j.span.lo);
    const hi = Math.min(c.span.hi, j.span.hi);
    const r2 = representative(j);
    const x = r2 < lo ? lo : r2 > hi ? hi : r2;
    return membership(c, x, type, s);
  }
  if (c.span.hi <= j.span.lo) return nearMiss(j.span.lo - c.span.hi, c.span.hi, j.span.lo, type, s);
  return nearMiss(c.span.lo - j.span.hi, c.span.lo, j.span.hi, type, s);
}

// src/estimates/model.ts
var DEFAULT_ESTIMATE_SETTINGS = Object.freeze({
  defaultTrust: 0.8,
  priorWeight: 3,
  falseValues: 100,
  falseValuesWeight: 10,
  iterations: 10,
  trustFloor: 0.01,
  decreasePenalty: 20,
  nearSupport: 0.25,
  nearScale: 0.01,
  dateScale: 30,
  boundScale: 1,
  copyDetection: true,
  copyPrior: 0.2,
  copyRate: 0.8,
  copyMinShared: 1,
  copyMaxSharers: 8
});
var GRID = 2 ** 24;
var snap2 = (x) => Math.round(x * GRID) / GRID;
var SUPPORT_GRID = 2 ** 12;
var STRENGTH_GRID = 2 ** 16;
var NEGLIGIBLE = 2 ** -13;
var MAX_ENTRIES = 64;
function clampTrust(x, floor) {
  return x < floor ? floor : x > 1 - floor ? 1 - floor : x;
}
function valueIdentity(v) {
  if (v.kind === "key") return `k${v.key}`;
  const s = v.span;
  return `n${v.form}|${s.lo}|${s.hi}|${s.loOpen ? 1 : 0}${s.hiOpen ? 1 : 0}|${v.amount ?? ""}`;
}
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareValues(a, b) {
  if (a.kind === "key" || b.kind === "key") {
    if (a.kind !== "key") return -1;
    if (b.kind !== "key") return 1;
    return byCodeUnit(a.key, b.key) || byCodeUnit(a.display, b.display);
  }
  const wa = width(a);
  const wb = width(b);
  if (wa !== wb) return wa < wb ? -1 : 1;
  const fa = formRank(a.form);
  const fb = formRank(b.form);
  if (fa !== fb) return fa - fb;
  const ra = representative(a);
  const rb = representative(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  return byCodeUnit(a.display, b.display);
}
function inSpan(x, span) {
  return (x > span.lo || x === span.lo && !span.loOpen) && (x < span.hi || x === span.hi && !span.hiOpen);
}
function sameValue(a, b) {
  if (a.kind === "key" || b.kind === "key") return a.kind === "key" && b.kind === "key" && a.key === b.key;
  const x = a.span;
  const y = b.span;
  return a.form === b.form && x.lo === y.lo && x.hi === y.hi && x.loOpen === y.loOpen && x.hiOpen === y.hiOpen && a.amount === b.amount;
}
function distinctValues(values) {
  const out = [];
  if (values.length <= 16) {
    for (const v of values) {
      let i = 0;
      while (i < out.length && !sameValue(out[i], v)) i++;
      if (i === out.length) out.push(v);
      else if (v.display < out[i].display) out[i] = v;
    }
    return out;
  }
  const seen = /* @__PURE__ */ new Map();
  for (const v of values) {
    const id = valueIdentity(v);
    const i = seen.get(id);
    if (i === void 0) {
      seen.set(id, out.length);
      out.push(v);
    } else if (v.display < out[i].display) out[i] = v;
  }
  return out;
}
function candidatesOf(values) {
  const all = distinctValues(values);
  let regions = 0;
  for (const v of all) if (v.kind === "number" && (v.form === "range" || v.form === "bound")) regions++;
  if (regions === 0) return all.length > 1 ? all.sort(compareValues) : all;
  const xs = [];
  for (const v of all) if (v.kind === "number" && (v.form === "exact" || v.form === "approx")) xs.push(representative(v));
  xs.sort((a, b) => a - b);
  const kept = all.filter((r2) => {
    if (r2.kind !== "number" || r2.form === "exact" || r2.form === "approx") return true;
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (xs[mid] < r2.span.lo) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < xs.length && xs[i] <= r2.span.hi; i++) if (inSpan(xs[i], r2.span)) return false;
    return true;
  });
  return kept.sort(compareValues);
}
var Column = class {
  constructor(make, capacity = 1024) {
    this.make = make;
    this.data = make(Math.max(capacity, 16));
  }
  make;
  data;
  length = 0;
  push(x) {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  /** The values pushed (a view of the array, spare room and all: a copy would cost more than the room). */
  done() {
    return this.data.subarray(0, this.length);
  }
};
var Refs = class {
  data;
  length = 0;
  constructor(capacity) {
    this.data = new Array(capacity);
  }
  push(x) {
    this.data[this.length++] = x;
  }
  done() {
    this.data.length = this.length;
    return this.data;
  }
};
var CandidateIndex = class {
  constructor(candidates) {
    this.candidates = candidates;
    const numbers = [];
    candidates.forEach((c, j) => {
      if (c.kind === "key") this.keys.set(c.key, j);
      else numbers.push({ x: representative(c), j });
    });
    numbers.sort((a, b) => a.x - b.x || a.j - b.j);
    this.xs = Float64Array.from(numbers, (n) => n.x);
    this.js = Int32Array.from(numbers, (n) => n.j);
  }
  candidates;
  keys = /* @__PURE__ */ new Map();
  /** Number candidates by representative point (ties by candidate order). */
  xs;
  js;
  /** The first position whose point is at least `x` (or above it, when `strict`). */
  bound(x, strict) {
    let lo = 0;
    let hi = this.xs.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.xs[mid] < x || strict && this.xs[mid] === x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /**
   * Candidates that `v` may support, in candidate order: those whose point
   * lies within `reach` of it, at most MAX_ENTRIES of them (the nearest).
   */
  near(v, reach) {
    if (v.kind === "key") {
      const j = this.keys.get(v.key);
      return j === void 0 ? [] : [j];
    }
    const { lo, hi } = reach(v);
    const a = this.bound(lo, false);
    const b = this.bound(hi, true);
    const found = [];
    if (b - a <= MAX_ENTRIES) {
      for (let i = a; i < b; i++) found.push(this.js[i]);
    } else {
      const x = representative(v);
      let left = Math.min(Math.max(this.bound(x, false), a), b) - 1;
      let right = left + 1;
      while (found.length < MAX_ENTRIES) {
        const takeLeft = left >= a && (right >= b || x - this.xs[left] <= this.xs[right] - x);
        if (takeLeft) found.push(this.js[left--]);
        else found.push(this.js[right++]);
      }
    }
    return found.sort((p, q) => p - q);
  }
};
function reachOf(s, type) {
  const fade = Math.log(Math.max(s.nearSupport, NEGLIGIBLE) / NEGLIGIBLE);
  return (v) => {
    if (v.kind === "key") return { lo: 0, hi: 0 };
    const { lo, hi } = v.span;
    if (type === "date") {
      const d = fade * s.dateScale;
      return { lo: lo - d, hi: hi + d };
    }
    const boundFade = Math.log(1 / NEGLIGIBLE) * s.boundScale;
    const grow = (x, f) => Math.abs(x) * f + f;
    const near = fade * s.nearScale;
    const loEnd = Number.isFinite(lo) ? lo - grow(lo, near) : Number.isFinite(hi) ? hi - grow(hi, boundFade) : -Infinity;
    const hiEnd = Number.isFinite(hi) ? hi + grow(hi, near) : Number.isFinite(lo) ? lo + grow(lo, boundFade) : Infinity;
    return { lo: loEnd, hi: hiEnd };
  };
}
function prepare2(items2, valueOf, s, claimTotal = 1024) {
  const originIndex = /* @__PURE__ */ new Map();
  const origins = [];
  const internOrigin = (id) => {
    let i = originIndex.get(id);
    if (i === void 0) {
      i = origins.length;
      originIndex.set(id, i);
      origins.push(id);
    }
    return i;
  };
  const domainIndex = /* @__PURE__ */ new Map();
  const domains = [];
  const unitOrigin = new Column((n) => new Int32Array(n), claimTotal);
  const unitNegative = new Column((n) => new Uint8Array(n), claimTotal);
  const unitEntryStart = new Column((n) => new Int32Array(n), claimTotal + 1);
  const entryCandidate = new Column((n) => new Int32Array(n), 2 * claimTotal);
  const entrySupport = new Column((n) => new Float32Array(n), 2 * claimTotal);
  const entryCompatible = new Column((n) => new Uint8Array(n), 2 * claimTotal);
  const candidateStart = new Column((n) => new Int32Array(n), claimTotal + 1);
  const claimOrigin = new Column((n) => new Int32Array(n), claimTotal);
  const claimValue = new Refs(claimTotal);
  const claimRefs = new Refs(claimTotal);
  const allCandidates = new Refs(claimTotal);
  const itemBucketStart = new Column((n) => new Int32Array(n), claimTotal + 1);
  const seriesItem = /* @__PURE__ */ new Map();
  const itemSeries = new Column((n) => new Int32Array(n), claimTotal);
  const seriesIndex = /* @__PURE__ */ new Map();
  const bucketItem = new Column((n) => new Int32Array(n), claimTotal);
  const bucketPlanned = new Column((n) => new Uint8Array(n), claimTotal);
  const bucketDomain = new Column((n) => new Int32Array(n), claimTotal);
  const denialsOnlyOf = new Column((n) => new Uint8Array(n), claimTotal);
  const unitStart = new Column((n) => new Int32Array(n), claimTotal + 1);
  const claimStart = new Column((n) => new Int32Array(n), claimTotal + 1);
  let candidateCount = 0;
  const reaches = /* @__PURE__ */ new Map();
  const stated2 = [];
  const unitOf2 = [];
  const unitNeg = [];
  const claimUnit = [];
  const unitValuesScratch = [];
  const addAlone = (item, itemIndex2, domain, modality, claim2) => {
    const value = valueOf(claim2);
    const origin = internOrigin(claim2.origin);
    const negative = claim2.modality === "denied" ? 1 : 0;
    bucketItem.push(itemIndex2);
    bucketPlanned.push(modality === "planned" ? 1 : 0);
    bucketDomain.push(domain);
    denialsOnlyOf.push(negative);
    unitStart.push(unitOrigin.length);
    claimStart.push(claimOrigin.length);
    claimOrigin.push(origin);
    claimValue.push(value);
    claimRefs.push(claim2);
    allCandidates.push(value);
    candidateStart.push(candidateCount);
    unitOrigin.push(origin);
    unitNegative.push(negative);
    unitEntryStart.push(entryCandidate.length);
    const k = support(value, value, item.type, s);
    const compat = compatible(value, value);
    if (k > NEGLIGIBLE || compat) {
      entryCandidate.push(candidateCount);
      entrySupport.push(Math.round(k * SUPPORT_GRID) / SUPPORT_GRID);
      entryCompatible.push(compat ? 1 : 0);
    }
    candidateCount += 1;
  };
  const addBucket = (item, itemIndex2, domain, modality, claims) => {
    if (claims.length === 1) return addAlone(item, itemIndex2, domain, modality, claims[0]);
    let reach = reaches.get(item.type);
    if (reach === void 0) reaches.set(item.type, reach = reachOf(s, item.type));
    const first = claimOrigin.length;
    stated2.length = 0;
    for (const c of claims) {
      const value = valueOf(c);
      claimOrigin.push(internOrigin(c.origin));
      claimValue.push(value);
      claimRefs.push(c);
      if (c.modality !== "denied") stated2.push(value);
    }
    const denialsOnly = stated2.length === 0;
    const candidates = stated2.length === 1 ? stated2 : candidatesOf(denialsOnly ? claimValue.data.slice(first, claimValue.length) : stated2);
    const index = candidates.length > 32 ? new CandidateIndex(candidates) : void 0;
    bucketItem.push(itemIndex2);
    bucketPlanned.push(modality === "planned" ? 1 : 0);
    bucketDomain.push(domain);
    denialsOnlyOf.push(denialsOnly ? 1 : 0);
    unitStart.push(unitOrigin.length);
    claimStart.push(first);
    for (const candidate of candidates) allCandidates.push(candidate);
    candidateStart.push(candidateCount);
    unitOf2.length = 0;
    unitNeg.length = 0;
    claimUnit.length = 0;
    const lookup = claims.length > 16 ? /* @__PURE__ */ new Map() : void 0;
    for (let k = 0; k < claims.length; k++) {
      const o = claimOrigin.data[first + k];
      const negative = claims[k].modality === "denied" ? 1 : 0;
      let u = -1;
      if (lookup) u = lookup.get(o * 2 + negative) ?? -1;
      else {
        for (let i = 0; i < unitOf2.length; i++) {
          if (unitOf2[i] === o && unitNeg[i] === negative) {
            u = i;
            break;
          }
        }
      }
      if (u < 0) {
        u = unitOf2.length;
        unitOf2.push(o);
        unitNeg.push(negative);
        lookup?.set(o * 2 + negative, u);
      }
      claimUnit.push(u);
    }
    let claimsOfUnit;
    if (lookup) {
      claimsOfUnit = unitOf2.map(() => []);
      for (let k = 0; k < claims.length; k++) claimsOfUnit[claimUnit[k]].push(k);
    }
    for (let u = 0; u < unitOf2.length; u++) {
      unitOrigin.push(unitOf2[u]);
      unitNegative.push(unitNeg[u]);
      unitEntryStart.push(entryCandidate.length);
      unitValuesScratch.length = 0;
      if (claimsOfUnit) for (const k of claimsOfUnit[u]) unitValuesScratch.push(claimValue.data[first + k]);
      else for (let k = 0; k < claims.length; k++) if (claimUnit[k] === u) unitValuesScratch.push(claimValue.data[first + k]);
      const values = unitValuesScratch.length > 1 ? distinctValues(unitValuesScratch) : unitValuesScratch;
      let near;
      if (index && values.length === 1) near = index.near(values[0], reach);
      else if (index) {
        const found = /* @__PURE__ */ new Set();
        for (const v of values) for (const j of index.near(v, reach)) found.add(j);
        near = [...found].sort((a, b) => a - b);
      }
      const count = near ? near.length : candidates.length;
      for (let n = 0; n < count; n++) {
        const j = near ? near[n] : n;
        const candidate = candidates[j];
        let k = 0;
        let compat = false;
        for (const v of values) {
          k += support(v, candidate, item.type, s);
          if (!compat && compatible(v, candidate)) compat = true;
        }
        k /= values.length;
        if (k > NEGLIGIBLE || compat) {
          entryCandidate.push(candidateCount + j);
          entrySupport.push(Math.round(k * SUPPORT_GRID) / SUPPORT_GRID);
          entryCompatible.push(compat ? 1 : 0);
        }
      }
    }
    candidateCount += candidates.length;
  };
  let itemIndex = 0;
  for (const item of items2) {
    itemBucketStart.push(bucketItem.length);
    let series = -1;
    if (item.temporal === "cumulative" && item.series !== void 0 && item.time !== void 0) {
      series = seriesIndex.get(item.series) ?? -1;
      if (series < 0) seriesIndex.set(item.series, series = seriesIndex.size);
      seriesItem.set(itemIndex, { time: item.time, key: item.key ?? "" });
    }
    itemSeries.push(series);
    let domain = -1;
    if (item.type !== "boolean") {
      const name = item.property ?? `(${item.type})`;
      domain = domainIndex.get(name) ?? -1;
      if (domain < 0) {
        domain = domains.length;
        domainIndex.set(name, domain);
        domains.push(name);
      }
    }
    let asserted = false;
    let planned = false;
    for (const c of item.claims) {
      if (c.modality === "planned") planned = true;
      else asserted = true;
    }
    if (asserted) addBucket(item, itemIndex, domain, "asserted", planned ? item.claims.filter((c) => c.modality !== "planned") : item.claims);
    if (planned) addBucket(item, itemIndex, domain, "planned", asserted ? item.claims.filter((c) => c.modality === "planned") : item.claims);
    itemIndex++;
  }
  unitEntryStart.push(entryCandidate.length);
  candidateStart.push(candidateCount);
  itemBucketStart.push(bucketItem.length);
  unitStart.push(unitOrigin.length);
  claimStart.push(claimOrigin.length);
  return {
    problem: {
      bucketCount: bucketItem.length,
      bucketItem: bucketItem.done(),
      bucketPlanned: bucketPlanned.done(),
      bucketDomain: bucketDomain.done(),
      denialsOnly: denialsOnlyOf.done(),
      unitStart: unitStart.done(),
      claimStart: claimStart.done(),
      candidates: allCandidates.done(),
      claims: claimRefs.done(),
      origins,
      unitOrigin: unitOrigin.done(),
      unitNegative: unitNegative.done(),
      unitEntryStart: unitEntryStart.done(),
      entryCandidate: entryCandidate.done(),
      entrySupport: entrySupport.done(),
      entryCompatible: entryCompatible.done(),
      candidateStart: candidateStart.done(),
      claimOrigin: claimOrigin.done(),
      claimValue: claimValue.done(),
      itemBucketStart: itemBucketStart.done(),
      seriesItem,
      itemSeries: itemSeries.done()
    },
    domains
  };
}
function falseValuesOf(p, b, learned) {
  const domain = p.bucketDomain[b];
  return domain < 0 ? 1 : learned[domain];
}
function scoresOf(p, which, trust, weight, learned, score) {
  const logit = new Float64Array(trust.length);
  for (let o = 0; o < trust.length; o++) logit[o] = Math.log(trust[o] / (1 - trust[o]));
  const logLearned = learned.map(Math.log);
  const scale = 1 / (STRENGTH_GRID * SUPPORT_GRID);
  const count = which === void 0 ? p.bucketCount : which.length;
  for (let i = 0; i < count; i++) {
    const b = which === void 0 ? i : which[i];
    const domain = p.bucketDomain[b];
    const logN = domain < 0 ? 0 : logLearned[domain];
    const first = p.candidateStart[b];
    const last = p.candidateStart[b + 1];
    for (let j = first; j < last; j++) score[j] = 0;
    for (let u = p.unitStart[b]; u < p.unitStart[b + 1]; u++) {
      const strength = Math.round((p.unitNegative[u] ? -1 : 1) * (weight === void 0 ? 1 : weight[u]) * (logN + logit[p.unitOrigin[u]]) * STRENGTH_GRID);
      for (let e = p.unitEntryStart[u]; e < p.unitEntryStart[u + 1]; e++) {
        const j = p.entryCandidate[e];
        score[j] = score[j] + strength * (p.entrySupport[e] * SUPPORT_GRID);
      }
    }
    for (let j = first; j < last; j++) score[j] = score[j] * scale;
  }
  return score;
}
function posterior(p, score, b, n, out) {
  const start2 = p.candidateStart[b];
  const count = p.candidateStart[b + 1] - start2;
  let shift = 0;
  let best = start2;
  for (let j = start2; j < start2 + count; j++) {
    if (score[j] > shift) shift = score[j];
    if (score[j] > score[best]) best = j;
  }
  let sum = Math.max(n + 1 - count, 0) * Math.exp(-shift);
  for (let j = start2; j < start2 + count; j++) {
    const e = Math.exp(score[j] - shift);
    out[j] = e;
    sum += e;
  }
  for (let j = start2; j < start2 + count; j++) out[j] = out[j] / sum;
  return best;
}
function bestCandidate(p, b, probability) {
  const start2 = p.candidateStart[b];
  const count = p.candidateStart[b + 1] - start2;
  const lowest = p.denialsOnly[b] === 1;
  let best = -1;
  for (let j = 0; j < count; j++) {
    const x = probability[start2 + j];
    if (best < 0 || (lowest ? x < probability[start2 + best] : x > probability[start2 + best])) best = j;
  }
  return best;
}
function countCollisions(wrongValues, domain, same, total) {
  const wrong = wrongValues.length;
  total[domain] = total[domain] + wrong * (wrong - 1) / 2;
  let pairs = 0;
  if (wrong <= 16) {
    for (let i = 0; i < wrong; i++) for (let j = i + 1; j < wrong; j++) if (wrongValues[i] === wrongValues[j]) pairs++;
  } else {
    wrongValues.sort((x, y) => x - y);
    for (let i = 0; i < wrong; ) {
      let j = i + 1;
      while (j < wrong && wrongValues[j] === wrongValues[i]) j++;
      pairs += (j - i) * (j - i - 1) / 2;
      i = j;
    }
  }
  same[domain] = same[domain] + pairs;
}
function falseValueCounts(same, total, s) {
  const n = new Float64Array(same.length);
  const w = s.falseValuesWeight;
  for (let d = 0; d < same.length; d++) {
    n[d] = w > 0 ? Math.max((total[d] + w) / (same[d] + w / s.falseValues), 1) : s.falseValues;
  }
  return n;
}
function monotoneChoices(p, buckets, probability, penalty) {
  const steps = [];
  for (const b of buckets) {
    const start2 = p.candidateStart[b];
    const options = p.candidates.slice(start2, p.candidateStart[b + 1]).map((c, j) => ({
      j,
      x: c.kind === "number" ? representative(c) : 0,
      score: Math.log(Math.max(probability[start2 + j], 1e-300)),
      from: -1
    }));
    const previous = steps[steps.length - 1];
    if (previous !== void 0) {
      const sorted = [...previous.options.keys()].sort((a, c) => previous.options[a].x - previous.options[c].x || a - c);
      const prefix = [];
      let bestAll = -1;
      for (const i of sorted) {
        const last2 = prefix[prefix.length - 1];
        prefix.push(last2 === void 0 || previous.options[i].score > previous.options[last2].score ? i : last2);
        if (bestAll < 0 || previous.options[i].score > previous.options[bestAll].score) bestAll = i;
      }
      for (const option of options) {
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
          const mid = lo + hi >>> 1;
          if (previous.options[sorted[mid]].x <= option.x) lo = mid + 1;
          else hi = mid;
        }
        const up = lo > 0 ? prefix[lo - 1] : -1;
        const upScore = up >= 0 ? previous.options[up].score : -Infinity;
        const downScore = previous.options[bestAll].score - penalty;
        option.from = upScore >= downScore ? up : bestAll;
        option.score += Math.max(upScore, downScore);
      }
    }
    steps.push({ b, options });
  }
  const chosen = /* @__PURE__ */ new Map();
  if (steps.length === 0) return chosen;
  const last = steps[steps.length - 1];
  let pick3 = 0;
  for (let i = 1; i < last.options.length; i++) if (last.options[i].score > last.options[pick3].score) pick3 = i;
  for (let k = steps.length - 1; k >= 0; k--) {
    const option = steps[k].options[pick3];
    chosen.set(steps[k].b, option.j);
    pick3 = option.from;
  }
  return chosen;
}
function fit(items2, valueOf, options = {}) {
  const s = { ...DEFAULT_ESTIMATE_SETTINGS, ...options.settings };
  const reliability = /* @__PURE__ */ new Map();
  const kinds = /* @__PURE__ */ new Map();
  for (const source of options.sources ?? []) {
    if (typeof source.kind === "string") kinds.set(source.id, source.kind);
    if (typeof source.reliability === "number" && Number.isFinite(source.reliability)) reliability.set(source.id, source.reliability);
  }
  const { problem: p, domains } = prepare2(items2, valueOf, s, options.claims);
  const origins = p.origins.length;
  const declared = p.origins.map((id) => reliability.has(id));
  const kindOf = p.origins.map((id) => kinds.get(id));
  const prior = Float64Array.from(p.origins, (id) => clampTrust(reliability.get(id) ?? s.defaultTrust, s.trustFloor));
  let trust = Float64Array.from(prior);
  let weight;
  let learned = new Float64Array(domains.length).fill(s.falseValues);
  const probability = new Float64Array(p.candidateStart[p.bucketCount]);
  const buckets = p.bucketCount;
  const best = new Int32Array(buckets);
  const copyIndex = s.copyDetection ? indexCopying(p, s) : void 0;
  const checked = new Float64Array(origins);
  const unchecked = new Float64Array(origins);
  for (let b = 0; b < buckets; b++) {
    const alone = p.unitStart[b + 1] - p.unitStart[b] < 2;
    for (let u = p.unitStart[b]; u < p.unitStart[b + 1]; u++) {
      const o = p.unitOrigin[u];
      if (alone) unchecked[o] = unchecked[o] + 1;
      else checked[o] = checked[o] + 1;
    }
  }
  const score = probability;
  const credit = new Float64Array(origins);
  const shared = [];
  for (let b = 0; b < buckets; b++) if (p.unitStart[b + 1] - p.unitStart[b] > 1) shared.push(b);
  const several = Int32Array.from(shared);
  let next = new Float64Array(origins);
  const copyWeight = copyIndex ? new Float64Array(p.unitOrigin.length) : void 0;
  const same = new Float64Array(domains.length);
  const total = new Float64Array(domains.length);
  const wrongValues = [];
  for (let round3 = 0; round3 < s.iterations; round3++) {
    scoresOf(p, several, trust, weight, learned, score);
    credit.fill(0);
    same.fill(0);
    total.fill(0);
    for (let i = 0; i < several.length; i++) {
      const b = several[i];
      const top = best[b] = posterior(p, score, b, falseValuesOf(p, b, learned), probability);
      const domain = p.bucketDomain[b];
      const counts = domain >= 0 && !p.denialsOnly[b] && p.unitStart[b + 1] - p.unitStart[b] >= 3;
      wrongValues.length = 0;
      for (let u = p.unitStart[b]; u < p.unitStart[b + 1]; u++) {
        let right = 0;
        let own3 = -1;
        let atBest = false;
        for (let e = p.unitEntryStart[u]; e < p.unitEntryStart[u + 1]; e++) {
          if (!p.entryCompatible[e]) continue;
          const j = p.entryCandidate[e];
          right += probability[j];
          if (j === top) atBest = true;
          if (p.entrySupport[e] === 1) own3 = own3 === -1 ? j : -2;
        }
        const o = p.unitOrigin[u];
        credit[o] = credit[o] + snap2(p.unitNegative[u] ? 1 - right : right);
        if (counts && !p.unitNegative[u] && !atBest && own3 >= 0) wrongValues.push(own3);
      }
      if (wrongValues.length >= 2) countCollisions(wrongValues, domain, same, total);
    }
    const kindPrior = /* @__PURE__ */ new Map();
    for (let o = 0; o < origins; o++) {
      const kind = kindOf[o];
      if (kind === void 0 || declared[o] || checked[o] === 0) continue;
      const x = kindPrior.get(kind) ?? [s.defaultTrust, 1];
      x[0] += snap2(credit[o] / checked[o]);
      x[1] += 1;
      kindPrior.set(kind, x);
    }
    for (let o = 0; o < origins; o++) {
      const kind = kindOf[o];
      const shared2 = kind !== void 0 && !declared[o] ? kindPrior.get(kind) : void 0;
      const start2 = shared2 ? clampTrust(shared2[0] / shared2[1], s.trustFloor) : prior[o];
      const pseudo = s.priorWeight + unchecked[o];
      next[o] = clampTrust((credit[o] + pseudo * start2) / (checked[o] + pseudo), s.trustFloor);
    }
    [trust, next] = [next, trust];
    learned = falseValueCounts(same, total, s);
    if (copyIndex && copyWeight) {
      weight = detectCopying(p, copyIndex, best, trust, learned.map(Math.log), s, copyWeight) ? copyWeight : void 0;
    }
  }
  scoresOf(p, void 0, trust, weight, learned, score);
  for (let b = 0; b < buckets; b++) posterior(p, score, b, falseValuesOf(p, b, learned), probability);
  const bestOf = cumulativeChoices(p, probability, s.decreasePenalty);
  const claimCount = new Int32Array(origins);
  const agreed = new Int32Array(origins);
  const contradicted = new Int32Array(origins);
  const relayed = /* @__PURE__ */ new Map();
  for (let b = 0; b < buckets; b++) {
    const top = bestOf[b] >= 0 ? bestOf[b] : bestOf[b] = bestCandidate(p, b, probability);
    if (top < 0) continue;
    const value = p.candidates[p.candidateStart[b] + top];
    const several2 = severalOrigins(p, b);
    for (let k = p.claimStart[b]; k < p.claimStart[b + 1]; k++) {
      const c = p.claims[k];
      const o = p.claimOrigin[k];
      claimCount[o] = claimCount[o] + 1;
      if (c.source !== c.origin) relayed.set(c.source, (relayed.get(c.source) ?? 0) + 1);
      if (!supports(p, b, k, value)) contradicted[o] = contradicted[o] + 1;
      else if (several2) agreed[o] = agreed[o] + 1;
    }
  }
  const sources = [];
  const originOf = /* @__PURE__ */ new Map();
  p.origins.forEach((id, o) => originOf.set(id, o));
  const ids2 = new Set(p.origins);
  for (const id of relayed.keys()) ids2.add(id);
  for (const id of [...ids2].sort(byCodeUnit)) {
    const o = originOf.get(id);
    sources.push({
      id,
      trust: o === void 0 ? clampTrust(reliability.get(id) ?? s.defaultTrust, s.trustFloor) : trust[o],
      claims: o === void 0 ? 0 : claimCount[o],
      agreed: o === void 0 ? 0 : agreed[o],
      contradicted: o === void 0 ? 0 : contradicted[o],
      relayed: relayed.get(id) ?? 0
    });
  }
  return {
    sources,
    estimatesOf(i) {
      const out = [];
      for (let b = p.itemBucketStart[i]; b < p.itemBucketStart[i + 1]; b++) {
        const top = bestOf[b];
        if (top < 0) continue;
        const value = p.candidates[p.candidateStart[b] + top];
        const confidence = probability[p.candidateStart[b] + top];
        const [supporting, against] = sides2(p, b, value);
        out.push({
          modality: modalityOf(p, b),
          value,
          display: value.display,
          confidence: p.denialsOnly[b] ? 1 - confidence : confidence,
          claims: supporting,
          against
        });
      }
      return out;
    },
    claimsOf(i) {
      return p.claims.slice(p.claimStart[p.itemBucketStart[i]], p.claimStart[p.itemBucketStart[i + 1]]);
    },
    rankingsOf(i) {
      const out = [];
      for (let b = p.itemBucketStart[i]; b < p.itemBucketStart[i + 1]; b++) {
        if (bestOf[b] < 0) continue;
        const ranking = [];
        for (let j = p.candidateStart[b]; j < p.candidateStart[b + 1]; j++) {
          const candidate = p.candidates[j];
          ranking.push({ value: candidate, display: candidate.display, probability: probability[j] });
        }
        if (ranking.length > 1) ranking.sort((a, c) => c.probability - a.probability);
        out.push({ modality: modalityOf(p, b), ranking });
      }
      return out;
    }
  };
}
function cumulativeChoices(p, probability, penalty) {
  const chosen = new Int32Array(p.bucketCount).fill(-1);
  const series = /* @__PURE__ */ new Map();
  for (let b = 0; b < p.bucketCount; b++) {
    const of = p.itemSeries[p.bucketItem[b]];
    if (of < 0 || p.bucketPlanned[b] || p.denialsOnly[b] || !numbersOnly(p, b)) continue;
    const list = series.get(of);
    if (list === void 0) series.set(of, [b]);
    else list.push(b);
  }
  const time2 = (b) => p.seriesItem.get(p.bucketItem[b]).time;
  const key = (b) => p.seriesItem.get(p.bucketItem[b]).key;
  for (const list of series.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => time2(a) - time2(b) || byCodeUnit(key(a), key(b)) || a - b);
    for (const [b, j] of monotoneChoices(p, list, probability, penalty)) chosen[b] = j;
  }
  return chosen;
}
function sides2(p, b, value) {
  const first = p.claimStart[b];
  const last = p.claimStart[b + 1];
  if (last - first === 1) return supports(p, b, first, value) ? [[p.claims[first].id], []] : [[], [p.claims[first].id]];
  let count = 0;
  for (let k = first; k < last; k++) if (supports(p, b, k, value)) count++;
  const supporting = new Array(count);
  const against = new Array(last - first - count);
  let s = 0;
  let a = 0;
  for (let k = first; k < last; k++) {
    if (supports(p, b, k, value)) supporting[s++] = p.claims[k].id;
    else against[a++] = p.claims[k].id;
  }
  if (supporting.length > 1) supporting.sort(byCodeUnit);
  if (against.length > 1) against.sort(byCodeUnit);
  return [supporting, against];
}
function modalityOf(p, b) {
  return p.denialsOnly[b] ? "denied" : p.bucketPlanned[b] ? "planned" : "asserted";
}
function numbersOnly(p, b) {
  for (let j = p.candidateStart[b]; j < p.candidateStart[b + 1]; j++) if (p.candidates[j].kind !== "number") return false;
  return true;
}
function severalOrigins(p, b) {
  const first = p.unitStart[b];
  for (let u = first + 1; u < p.unitStart[b + 1]; u++) if (p.unitOrigin[u] !== p.unitOrigin[first]) return true;
  return false;
}
function supports(p, b, k, value) {
  const fits = compatible(p.claimValue[k], value);
  return p.denialsOnly[b] ? fits : fits !== (p.claims[k].modality === "denied");
}

// src/estimates/values.ts
function estimateValueOf(value) {
  switch (value.type) {
    case "quantity": {
      const { min, max, minExclusive, maxExclusive } = value.interval;
      const span = {
        lo: min ?? -Infinity,
        hi: max ?? Infinity,
        loOpen: min !== null && minExclusive,
        hiOpen: max !== null && maxExclusive
      };
      let form;
      if (value.amount !== void 0) form = value.approx ? "approx" : "exact";
      else form = min !== null && max !== null ? "range" : "bound";
      return value.amount !== void 0 ? { kind: "number", span, form, amount: value.amount, display: value.display } : { kind: "number", span, form, display: value.display };
    }
    case "date": {
      const [start2, end] = dayRange(value);
      const span = { lo: start2 ?? -Infinity, hi: end ?? Infinity, loOpen: false, hiOpen: false };
      if (start2 === null || end === null) return { kind: "number", span, form: "bound", display: value.display };
      if (value.approximate) return { kind: "number", span, form: "approx", amount: start2 + Math.floor((end - start2) / 2), display: value.display };
      if (start2 === end) return { kind: "number", span, form: "exact", amount: start2, display: value.display };
      return { kind: "number", span, form: "range", display: value.display };
    }
    case "boolean":
      return { kind: "key", key: value.display, display: value.display };
    case "text":
      return { kind: "key", key: value.key, display: value.display };
  }
}

// src/engine/report-entries.ts
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
var ReportEntries = class {
  /** Days as ISO dates, each written once however many positions start or end on it. */
  isoDays = /* @__PURE__ */ new Map();
  isoDay(day) {
    let iso = this.isoDays.get(day);
    if (iso === void 0) this.isoDays.set(day, iso = isoFromDayNumber(day));
    return iso;
  }
  /** When claims hold, in words, by the text they were written with: messages name the same days again and again. */
  whens = /* @__PURE__ */ new Map();
  when(claim2) {
    const text2 = claim2.written;
    if (text2 === void 0) return void 0;
    const key = claim2.modality === "planned" && claim2.claim.asOf === void 0 ? `stated ${text2}` : text2;
    let words = this.whens.get(key);
    if (words === void 0) this.whens.set(key, words = whenInWords(claim2));
    return words;
  }
  /** Each group's claims by id, made when a message first names a claim its finding does not involve. */
  groupClaims = /* @__PURE__ */ new WeakMap();
  claimsOf(view) {
    let byId = this.groupClaims.get(view);
    if (byId === void 0) this.groupClaims.set(view, byId = new Map(view.claims.map((claim2) => [claim2.id, claim2])));
    return byId;
  }
  /**
   * A rule's finding as a conflict of the report, its message written from
   * the rule's template and the finding's data. As ESLint's linter does, the
   * engine holds rules to their `meta`: a message id the rule does not
   * declare, or a suggestion from a rule without `hasSuggestions`, is a bug
   * in the rule and throws.
   */
  conflict(rule, severity, view, finding, names) {
    const { meta: meta2 } = rule;
    const claims = [...new Set(finding.claims.map((claim2) => claim2.id))].sort(codeUnitOrder);
    const data = finding.data ?? {};
    const template = messageOf(rule, finding.messageId);
    const suggestions = finding.suggestions ?? [];
    if (suggestions.length > 0 && !meta2.hasSuggestions) throw new TypeError(`rule ${meta2.id} suggests fixes but its meta has no hasSuggestions`);
    let involved;
    const speech = {
      group: view,
      name: names.name,
      title: names.title,
      withTime: !oneTime(finding.claims),
      when: (claim2) => this.when(claim2),
      claim: (id) => {
        involved ??= new Map(finding.claims.map((claim3) => [claim3.id, claim3]));
        const claim2 = involved.get(id) ?? this.claimsOf(view).get(id);
        if (claim2 === void 0) throw new TypeError(`rule ${meta2.id}: the data of "${finding.messageId}" names claim "${id}", which it does not involve`);
        return claim2;
      }
    };
    const conflict = {
      id: stableHash(`${meta2.id}\0${claims.join("\0")}`),
      rule: meta2.id,
      messageId: finding.messageId,
      severity,
      group: view.key,
      subject: view.subject,
      property: view.property.id,
      scope: view.scope,
      claims,
      message: renderMessage(template, data, speech),
      data: jsonData(data)
    };
    if (suggestions.length > 0) {
      conflict.suggestions = suggestions.map((suggestion) => ({
        message: renderMessage(messageOf(rule, suggestion.messageId), suggestion.data ?? {}, speech),
        patch: suggestion.patch
      }));
    }
    return conflict;
  }
  /**
   * A group's entry before the evidence is in: its positions in canonical
   * order (asserted before planned, then by value: the more specific first,
   * then the smaller), with what `orderedGroup` orders them by.
   */
  group(view) {
    const positions = [];
    const facts = [];
    const planned = view.claims.some((claim2) => claim2.modality === "planned");
    for (const modality of planned ? ["asserted", "planned"] : ["asserted"]) {
      const claims = view.claims.every((claim2) => claim2.modality === modality) ? view.claims : view.claims.filter((claim2) => claim2.modality === modality);
      for (const members2 of agreeingSets(claims)) positions.push(this.position(members2, modality, facts));
    }
    let group = { key: view.key, subject: view.subject, property: view.property.id, scope: view.scope, positions };
    if (positions.length > 1) {
      const values = positions.map((position) => estimateValueOf(position.value));
      const order = positions.map((_, i) => i);
      order.sort(
        (a, b) => Number(positions[a].modality === "planned") - Number(positions[b].modality === "planned") || compareValues(values[a], values[b]) || codeUnitOrder(positions[a].display, positions[b].display) || codeUnitOrder(positions[a].claims[0], positions[b].claims[0])
        // never reached: agreeing claims share a position
      );
      group = { ...group, positions: order.map((i) => positions[i]) };
      return { group, facts: order.map((i) => facts[i]) };
    }
    return { group, facts };
  }
  /** The position of agreeing claims; what orders it is added to `facts`. */
  position(members2, modality, facts) {
    if (members2.length === 1) {
      const [claim2] = members2;
      const time2 = claim2.time;
      const position2 = {
        display: claim2.value.display,
        value: claim2.value,
        claims: [claim2.id],
        sources: [claim2.source],
        origins: [claim2.origin],
        from: time2 !== void 0 && Number.isFinite(time2.lo) ? this.isoDay(time2.lo) : null,
        to: time2 !== void 0 && Number.isFinite(time2.hi) ? this.isoDay(time2.hi) : null,
        modality
      };
      facts.push({ displays: [claim2.value.display], latest: time2 !== void 0 && Number.isFinite(time2.hi) ? time2.hi : -Infinity, origins: 1 });
      return position2;
    }
    const counts = /* @__PURE__ */ new Map();
    for (const claim2 of members2) counts.set(claim2.value.display, (counts.get(claim2.value.display) ?? 0) + 1);
    let representative2 = members2[0];
    for (const claim2 of members2) {
      const more = counts.get(claim2.value.display) - counts.get(representative2.value.display);
      const display = codeUnitOrder(claim2.value.display, representative2.value.display);
      if (more > 0 || more === 0 && (display < 0 || display === 0 && claim2.value.text < representative2.value.text)) representative2 = claim2;
    }
    const { lo, hi } = timeRange(members2);
    const origins = [...new Set(members2.map((claim2) => claim2.origin))].sort(codeUnitOrder);
    const position = {
      display: representative2.value.display,
      value: representative2.value,
      claims: members2.map((claim2) => claim2.id).sort(codeUnitOrder),
      sources: [...new Set(members2.map((claim2) => claim2.source))].sort(codeUnitOrder),
      origins,
      from: Number.isFinite(lo) ? this.isoDay(lo) : null,
      to: Number.isFinite(hi) ? this.isoDay(hi) : null,
      modality
    };
    facts.push({ displays: [...counts.keys()], latest: Number.isFinite(hi) ? hi : -Infinity, origins: origins.length });
    return position;
  }
};
function orderedGroup(entry2, evidence) {
  const { group, facts } = entry2;
  let positions = group.positions;
  if (positions.length > 1) {
    const strength = facts.map((fact, i) => {
      if (evidence === void 0) return fact.origins;
      const modality = positions[i].modality;
      let best = 0;
      for (const display of fact.displays) best = Math.max(best, evidence.strength(modality, display));
      return best;
    });
    const order = positions.map((_, i) => i);
    order.sort((a, b) => strength[b] - strength[a] || later2(facts[b].latest, facts[a].latest) || a - b);
    positions = order.map((i) => positions[i]);
  }
  return evidence === void 0 ? { ...group, positions } : { ...group, positions, estimates: evidence.estimates };
}
function later2(a, b) {
  return a === b ? 0 : a > b ? 1 : -1;
}
function messageOf(rule, messageId) {
  const template = Object.hasOwn(rule.meta.messages, messageId) ? rule.meta.messages[messageId] : void 0;
  if (typeof template !== "string") throw new TypeError(`rule ${rule.meta.id} has no message "${messageId}"`);
  return template;
}
function reportDiagnostics(skipped, warnings, indexes) {
  return [
    ...skipped.map((issue2) => ({ ...issue2, code: `skipped-claim:${issue2.code}`, severity: "error" })),
    ...warnings.map((issue2) => ({ ...issue2, path: remapPath(issue2.path, indexes), severity: "warning" }))
  ];
}
function reportOf(claimCount, groupCount, groups, conflicts, diagnostics, sources) {
  conflicts.sort(compareConflicts);
  return { ...reportHead(claimCount, groupCount, conflicts), groups, conflicts, diagnostics, sources };
}
function reportHead(claimCount, groupCount, conflicts) {
  const count = (severity) => conflicts.filter((conflict) => conflict.severity === severity).length;
  return {
    tool: { name: "corroborate", version: VERSION },
    summary: {
      claims: claimCount,
      groups: groupCount,
      conflicts: conflicts.length,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info")
    }
  };
}
function compareConflicts(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || codeUnitOrder(a.group, b.group) || codeUnitOrder(a.rule, b.rule) || codeUnitOrder(a.id, b.id);
}
function remapPath(path, indexes) {
  const claim2 = indexes && claimPointer(path);
  return claim2 ? `/claims/${indexes[claim2.index]}${claim2.rest}` : path;
}
function jsonData(data) {
  return plainCopy(data, 0) ?? JSON.parse(JSON.stringify(data));
}
function plainCopy(value, depth) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value + 0 : void 0;
  if (typeof value !== "object" || depth > 32) return void 0;
  if (Array.isArray(value)) {
    const copy2 = [];
    for (const item of value) {
      const inner = plainCopy(item, depth + 1);
      if (inner === void 0) return void 0;
      copy2.push(inner);
    }
    return copy2;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return void 0;
  const copy = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === void 0) continue;
    if (key === "__proto__") return void 0;
    const inner = plainCopy(item, depth + 1);
    if (inner === void 0) return void 0;
    copy[key] = inner;
  }
  return copy;
}

// src/engine/estimation.ts
var round2 = (x) => Math.round(x * 1e4) / 1e4;
function valueReader() {
  const values = /* @__PURE__ */ new Map();
  return (claim2) => {
    let value = values.get(claim2.value);
    if (value === void 0) values.set(claim2.value, value = estimateValueOf(claim2.value));
    return value;
  };
}
function isoDays() {
  const made = /* @__PURE__ */ new Map();
  return (day) => {
    if (!Number.isFinite(day)) return null;
    let iso = made.get(day);
    if (iso === void 0) made.set(day, iso = isoFromDayNumber(day));
    return iso;
  };
}
function compareRuns(a, b) {
  return a.lo - b.lo || a.hi - b.hi || codeUnitOrder(a.first, b.first);
}
function runsOf(claims, timeless2) {
  if (timeless2) return [claims];
  const { placed, unplaced, undated } = placement(claims);
  const runs = [...moments(placed), ...groupBy(unplaced.filter(bounded), periodKey).values(), ...unplaced.filter((claim2) => !bounded(claim2)).map((claim2) => [claim2])];
  if (runs.length > 1) {
    const keyed = runs.map((run) => {
      const { lo, hi } = timeRange(run);
      let first = run[0].id;
      for (const claim2 of run) if (claim2.id < first) first = claim2.id;
      return { run, lo, hi, first };
    });
    keyed.sort(compareRuns);
    runs.length = 0;
    for (const { run } of keyed) runs.push(run);
  }
  if (undated.length > 0) runs.push(undated);
  return runs;
}
function denialsMeeting(denials, timeless2) {
  if (timeless2) return () => [...denials];
  const undated = denials.filter((denial) => denial.time === void 0);
  const dated = denials.filter((denial) => denial.time !== void 0).sort((a, b) => a.time.lo - b.time.lo);
  let next = 0;
  let active = [];
  return (run) => {
    if (run[0].time === void 0) return [...denials];
    const { lo, hi } = timeRange(run);
    while (next < dated.length && dated[next].time.lo <= hi) active.push(dated[next++]);
    if (active.some((denial) => denial.time.hi < lo)) active = active.filter((denial) => denial.time.hi >= lo);
    const stretch = { lo, hi, loOpen: false, hiOpen: false };
    return [...active.filter((denial) => overlaps(stretch, denial.time)), ...undated];
  };
}
function priorsOf(sources, resolve) {
  return sources.map(({ id, reliability, kind }) => ({ id: resolve(id), ...reliability === void 0 ? {} : { reliability }, ...kind === void 0 ? {} : { kind } }));
}
function evidenceOf(views, sources = [], resolve = (label) => label) {
  let claims = 0;
  for (const view of views) claims += view.claims.length;
  const moments2 = new Moments();
  const fitted = fit(moments2.of(views), valueReader(), { sources: priorsOf(sources, resolve), claims });
  return { group: groupsOf(fitted, moments2), sources: trustOf(fitted) };
}
var Moments = class {
  /** Each estimated view's items: from `start[v]` to `start[v + 1]`, by the view's key. */
  view = /* @__PURE__ */ new Map();
  start = [0];
  count = 0;
  /** The items of every group that has a value to estimate, group by group, moments in time order. */
  *of(views) {
    for (const view of views) {
      const { property } = view;
      if (property.cardinality === "many") continue;
      const timeless2 = property.temporal === "static";
      const onlyAsserted = view.claims.every((claim2) => claim2.modality === "asserted");
      const denials = onlyAsserted ? [] : view.claims.filter((claim2) => claim2.modality === "denied");
      let stated2 = false;
      for (const modality of ["asserted", "planned"]) {
        const claims = onlyAsserted ? modality === "asserted" ? view.claims : [] : view.claims.filter((claim2) => claim2.modality === modality);
        if (claims.length === 0) continue;
        stated2 = true;
        const series = `${view.key}\0${modality}`;
        const meeting = modality === "asserted" && denials.length > 0 ? denialsMeeting(denials, timeless2) : void 0;
        for (const run of runsOf(claims, timeless2)) yield this.item(view, series, run, meeting ? meeting(run) : []);
      }
      if (!stated2) for (const run of runsOf(denials, timeless2)) yield this.item(view, `${view.key}\0denied`, run, []);
      if (this.count > this.start[this.start.length - 1]) {
        this.view.set(view.key, this.start.length - 1);
        this.start.push(this.count);
      }
    }
  }
  item(view, series, run, against) {
    const { property } = view;
    const range2 = timeRange(run);
    this.count++;
    const item = {
      type: property.type,
      temporal: property.temporal,
      property: property.id,
      series,
      claims: against.length === 0 ? run : [...run, ...against]
    };
    if (Number.isFinite(range2.lo)) item.time = range2.lo;
    return item;
  }
};
function groupsOf(fitted, moments2) {
  const starts = Int32Array.from(moments2.start);
  const { view } = moments2;
  const day = isoDays();
  return (key) => {
    const v = view.get(key);
    return v === void 0 ? void 0 : groupEvidence(fitted, starts[v], starts[v + 1], (i, found) => entry(found, fitted.claimsOf(i), day));
  };
}
function trustOf(fitted) {
  return fitted.sources.map(({ id, trust, claims, agreed, contradicted, relayed }) => ({
    id,
    trust: round2(trust),
    claims,
    agreed,
    contradicted,
    ...relayed > 0 ? { relayed } : {}
  }));
}
function groupEvidence(fitted, first, last, entryOf) {
  const estimates = [];
  for (let i = first; i < last; i++) for (const found of fitted.estimatesOf(i)) estimates.push(entryOf(i, found));
  if (estimates.length > 1) estimates.sort(compareEstimates);
  let strength;
  return {
    estimates,
    strength(modality, display) {
      if (strength === void 0) {
        strength = /* @__PURE__ */ new Map();
        for (let i = first; i < last; i++) {
          for (const { modality: m, ranking } of fitted.rankingsOf(i)) {
            if (m === "denied") continue;
            for (const ranked of ranking) {
              const key = `${m}\0${ranked.display}`;
              const before3 = strength.get(key);
              if (before3 === void 0 || ranked.probability > before3) strength.set(key, ranked.probability);
            }
          }
        }
      }
      return strength.get(`${modality}\0${display}`) ?? 0;
    }
  };
}
var MODALITY_RANK = { asserted: 0, denied: 1, planned: 2 };
function compareEstimates(a, b) {
  return compareDays(a.from, b.from) || compareDays(a.to, b.to) || MODALITY_RANK[a.modality] - MODALITY_RANK[b.modality] || codeUnitOrder(a.display, b.display);
}
function compareDays(a, b) {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
function momentRange(claims) {
  const stated2 = claims.filter((claim2) => claim2.modality !== "denied");
  return timeRange(stated2.length > 0 ? stated2 : claims);
}
function entry(found, claims, day) {
  const { lo, hi } = momentRange(claims);
  let stated2;
  for (const claim2 of claims) {
    if (claim2.value.display !== found.display) continue;
    if (stated2 === void 0 || claim2.value.text < stated2.value.text) stated2 = claim2;
  }
  return {
    from: day(lo),
    to: day(hi),
    display: found.display,
    value: (stated2 ?? claims[0]).value,
    confidence: round2(found.confidence),
    claims: found.claims,
    against: found.against,
    modality: found.modality
  };
}

// src/internal/lazy-list.ts
var LazyList = class {
  constructor(length, item) {
    this.length = length;
    this.item = item;
  }
  length;
  item;
  /** Every item, made now. */
  toArray() {
    return Array.from({ length: this.length }, (_, index) => this.item(index));
  }
  /** `JSON.stringify` writes the list as the array of its items. */
  toJSON() {
    return this.toArray();
  }
};

// src/engine/check.ts
function createChecker(options = {}) {
  const { rules, severities } = configure(options);
  return {
    rules,
    check: (input) => runCheck(input, options, rules, severities).report
  };
}
function configure(options) {
  const rules = /* @__PURE__ */ new Map();
  for (const rule of [...builtinRules, ...options.customRules ?? []]) {
    if (rules.has(rule.meta.id)) throw new TypeError(`two rules have the id "${rule.meta.id}"`);
    rules.set(rule.meta.id, rule);
  }
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    if (!rules.has(id)) throw new TypeError(`unknown rule "${id}" in options.rules`);
    if (!ruleSettingSchema.safeParse(setting).success) {
      throw new TypeError(`rule "${id}": the setting must be "off", "info", "warning" or "error"`);
    }
  }
  const severities = /* @__PURE__ */ new Map();
  for (const [id, rule] of rules) {
    const setting = options.rules && Object.hasOwn(options.rules, id) ? options.rules[id] : rule.meta.severity;
    if (setting !== "off") severities.set(id, setting);
  }
  return { rules, severities };
}
function check(input, options = {}) {
  return createChecker(options).check(input);
}
function read(input, options) {
  const parseOptions = { format: options.format, delimiter: options.delimiter, properties: options.properties, context: options.context };
  const first = analyzeClaimSet(input, parseOptions, true);
  if (first.success || !options.lenient) return { result: first, skipped: [], indexes: void 0 };
  const bad = /* @__PURE__ */ new Set();
  for (const issue2 of first.error.issues) {
    const claim2 = claimPointer(issue2.path);
    if (!claim2) return { result: first, skipped: [], indexes: void 0 };
    bad.add(claim2.index);
  }
  const document = first.document;
  if (!document || !Array.isArray(document.claims)) return { result: first, skipped: [], indexes: void 0 };
  const indexes = [];
  const claims = document.claims.filter((_, i) => !bad.has(i) && indexes.push(i) > 0);
  const rest = { ...document, claims };
  const sheet = first.sheet && { ...first.sheet, rows: indexes.map((i) => first.sheet.rows[i]) };
  const second = analyzeClaimSet(sheet ? new ReadClaims({ value: rest, issues: [], sheet }) : rest, { properties: options.properties }, true);
  return { result: second, skipped: first.error.issues, indexes };
}
function runCheck(input, options, rules, severities, hooks = {}) {
  const { result, skipped, indexes } = read(input, options);
  if (!result.success) throw result.error;
  const { data: claimSet2, analysis } = result;
  const { claims, views, names } = prepareClaims(claimSet2, analysis, indexes);
  const families = groupFamilies(views);
  const diagnostics = reportDiagnostics(skipped, result.warnings, indexes);
  const entries = new ReportEntries();
  const found = views.map((view, i) => {
    const conflicts = groupConflicts(view, relatedGroups(view, families), rules, severities, names, entries);
    hooks.onGroup?.(i + 1, views.length);
    return conflicts;
  });
  const evidence = evidenceOf(views, claimSet2.sources, names.resolve);
  const groupOf = (view) => orderedGroup(entries.group(view), evidence.group(view.key));
  const detailed = hooks.deferGroups ? {
    report: reportOf(claims.length, views.length, [], found.flat(), diagnostics, evidence.sources),
    claimSet: claimSet2,
    groups: new LazyList(views.length, (i) => groupOf(views[i])),
    groupKeys: views.map((view) => view.key)
  } : { report: reportOf(claims.length, views.length, views.map(groupOf), found.flat(), diagnostics, evidence.sources), claimSet: claimSet2 };
  if (indexes) detailed.indexes = indexes;
  return detailed;
}
function prepareClaims(claimSet2, analysis, indexes) {
  const { claims, groups } = groupedClaims(claimSet2, analysis);
  if (indexes) for (const claim2 of claims) claim2.index = indexes[claim2.index];
  const names = readableNames(claimSet2, analysis.aliases);
  groups.sort((a, b) => codeUnitOrder(a.key, b.key));
  const views = groups.map(({ key, claims: members2 }) => {
    const first = members2[0];
    return { key, subject: first.subject, property: first.property, scope: first.scope, claims: members2 };
  });
  return { claims, views, names };
}
function familyKey(item) {
  return `${item.subject}\0${item.property.id}`;
}
function groupFamilies(views) {
  return groupBy(views, familyKey);
}
function relatedGroups(view, families) {
  return (families.get(familyKey(view)) ?? []).filter((other) => other !== view);
}
function groupConflicts(view, related2, rules, severities, names, entries) {
  const conflicts = [];
  const spoken = withWrittenSpellings(names, () => view.claims.map((claim2) => claim2.claim));
  const { name } = spoken;
  const comparison = new GroupComparison(view);
  for (const [id, rule] of rules) {
    const severity = severities.get(id);
    if (severity === void 0) continue;
    const context = {
      group: view,
      compare: comparison,
      related: related2,
      name,
      isPartOf: names.isPartOf,
      report: (finding) => conflicts.push(entries.conflict(rule, severity, view, finding, spoken))
    };
    rule.check(context);
  }
  return conflicts;
}

// ../scratch/prof-group.ts
var size = Number(process.env.SIZE ?? 1e5);
var claimSet = generateClaimSet({ claims: size, seed: 1, bigGroups: 1, bigGroupSize: size });
check(generateClaimSet({ claims: 1e4, seed: 1, bigGroups: 1, bigGroupSize: 1e4 }));
var session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.start");
var t = performance.now();
var r = check(claimSet);
console.log("check", ((performance.now() - t) / 1e3).toFixed(2), r.conflicts.length, r.groups[0]?.estimates?.length);
var { profile } = await session.post("Profiler.stop");
rmSync("/tmp/prof2", { recursive: true, force: true });
mkdirSync("/tmp/prof2");
writeFileSync("/tmp/prof2/x.cpuprofile", JSON.stringify(profile));
/*! Bundled license information:

papaparse/papaparse.js:
  (* @license
  Papa Parse
  v5.7.1
  https://github.com/mholt/PapaParse
  License: MIT
  *)
*/
