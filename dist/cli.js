#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 9461:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(2124), exports);
__exportStar(__nccwpck_require__(4115), exports);


/***/ }),

/***/ 2124:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 3995:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var PgQueryModule=(()=>{var _scriptName=globalThis.document?.currentScript?.src;return async function(moduleArg={}){var Module=moduleArg;var ENVIRONMENT_IS_WEB=!!globalThis.window;var ENVIRONMENT_IS_WORKER=!!globalThis.WorkerGlobalScope;var ENVIRONMENT_IS_NODE=globalThis.process?.versions?.node&&globalThis.process?.type!="renderer";var programArgs=[];var thisProgram="./this.program";var quit_=(status,toThrow)=>{throw toThrow};if(typeof __filename!="undefined"){_scriptName=__filename}else if(ENVIRONMENT_IS_WORKER){_scriptName=self.location.href}var scriptDirectory="";function locateFile(path){if(Module["locateFile"]){return Module["locateFile"](path,scriptDirectory)}return scriptDirectory+path}var readAsync,readBinary;if(ENVIRONMENT_IS_NODE){var fs=__nccwpck_require__(3024);scriptDirectory=__dirname+"/";readBinary=filename=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename);return ret};readAsync=async(filename,binary=true)=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename,binary?undefined:"utf8");return ret};if(process.argv.length>1){thisProgram=process.argv[1].replace(/\\/g,"/")}programArgs=process.argv.slice(2);quit_=(status,toThrow)=>{process.exitCode=status;throw toThrow}}else if(ENVIRONMENT_IS_WEB||ENVIRONMENT_IS_WORKER){try{scriptDirectory=new URL(".",_scriptName).href}catch{}{if(ENVIRONMENT_IS_WORKER){readBinary=url=>{var xhr=new XMLHttpRequest;xhr.open("GET",url,false);xhr.responseType="arraybuffer";xhr.send(null);return new Uint8Array(xhr.response)}}readAsync=async url=>{var response=await fetch(url,{credentials:"same-origin"});if(response.ok){return response.arrayBuffer()}throw new Error(response.status+" : "+response.url)}}}else{}var out=console.log.bind(console);var err=console.error.bind(console);var wasmBinary;var ABORT=false;var EXITSTATUS;var isFileURI=filename=>filename.startsWith("file://");class EmscriptenEH{}class EmscriptenSjLj extends EmscriptenEH{}var runtimeInitialized=false;function getMemoryBuffer(){return wasmMemory.buffer}function updateMemoryViews(){if(HEAP8?.buffer?.resizable)return;var b=getMemoryBuffer();HEAP8=new Int8Array(b);HEAP16=new Int16Array(b);Module["HEAPU8"]=HEAPU8=new Uint8Array(b);HEAPU16=new Uint16Array(b);HEAP32=new Int32Array(b);Module["HEAPU32"]=HEAPU32=new Uint32Array(b);HEAPF32=new Float32Array(b);HEAPF64=new Float64Array(b);HEAP64=new BigInt64Array(b);HEAPU64=new BigUint64Array(b)}function preRun(){var preRun=Module["preRun"];if(preRun){if(typeof preRun=="function")preRun=[preRun];onPreRuns.push(...preRun)}callRuntimeCallbacks(onPreRuns)}function initRuntime(){runtimeInitialized=true;if(!Module["noFSInit"]&&!FS.initialized)FS.init();TTY.init();wasmExports["A"]();FS.ignorePermissions=false}function postRun(){var postRun=Module["postRun"];if(postRun){if(typeof postRun=="function")postRun=[postRun];onPostRuns.push(...postRun)}callRuntimeCallbacks(onPostRuns)}function abort(what){Module["onAbort"]?.(what);what=`Aborted(${what})`;err(what);ABORT=true;what+=". Build with -sASSERTIONS for more info.";var e=new WebAssembly.RuntimeError(what);throw e}var wasmBinaryFile;function findWasmBinary(){return locateFile("libpg-query.wasm")}function getBinarySync(file){if(readBinary){return readBinary(file)}throw"both async and sync fetching of the wasm failed"}async function getWasmBinary(binaryFile){if(!wasmBinary){try{var response=await readAsync(binaryFile);return new Uint8Array(response)}catch{}}return getBinarySync(binaryFile)}async function instantiateArrayBuffer(binaryFile,imports){try{var binary=await getWasmBinary(binaryFile);var instance=await WebAssembly.instantiate(binary,imports);return instance}catch(reason){err(`failed to asynchronously prepare wasm: ${reason}`);abort(reason)}}async function instantiateAsync(binary,binaryFile,imports){if(!binary&&!ENVIRONMENT_IS_NODE){try{var response=fetch(binaryFile,{credentials:"same-origin"});var instantiationResult=await WebAssembly.instantiateStreaming(response,imports);return instantiationResult}catch(reason){err(`wasm streaming compile failed: ${reason}`);err("falling back to ArrayBuffer instantiation")}}return instantiateArrayBuffer(binaryFile,imports)}function getWasmImports(){var imports={a:wasmImports};return imports}async function createWasm(){function receiveInstance(instance){wasmExports=instance.exports;assignWasmExports(wasmExports);updateMemoryViews();return wasmExports}function receiveInstantiationResult(result){return receiveInstance(result["instance"])}var info=getWasmImports();var instantiateWasm=Module["instantiateWasm"];if(instantiateWasm){return new Promise(resolve=>{instantiateWasm(info,inst=>resolve(receiveInstance(inst)))})}wasmBinaryFile??=findWasmBinary();var result=await instantiateAsync(wasmBinary,wasmBinaryFile,info);var exports=receiveInstantiationResult(result);return exports}class ExitStatus{name="ExitStatus";constructor(status){this.message=`Program terminated with exit(${status})`;this.status=status}}var HEAP16;var HEAP32;var HEAP64;var HEAP8;var HEAPF32;var HEAPF64;var HEAPU16;var HEAPU32;var HEAPU64;var HEAPU8;var callRuntimeCallbacks=callbacks=>{while(callbacks.length>0){callbacks.shift()(Module)}};var onPostRuns=[];var onPreRuns=[];function getValue(ptr,type="i8"){if(type.endsWith("*"))type="*";switch(type){case"i1":return HEAP8[ptr];case"i8":return HEAP8[ptr];case"i16":return HEAP16[ptr>>1];case"i32":return HEAP32[ptr>>2];case"i64":return HEAP64[ptr>>3];case"float":return HEAPF32[ptr>>2];case"double":return HEAPF64[ptr>>3];case"*":return HEAPU32[ptr>>2];default:abort(`invalid type for getValue: ${type}`)}}var noExitRuntime=true;var stackRestore=val=>__emscripten_stack_restore(val);var stackSave=()=>_emscripten_stack_get_current();var UTF8Decoder=globalThis.TextDecoder&&new TextDecoder;var findStringEnd=(heapOrArray,idx,maxBytesToRead,ignoreNul)=>{var maxIdx=idx+maxBytesToRead;if(ignoreNul)return maxIdx;while(heapOrArray[idx]&&!(idx>=maxIdx))++idx;return idx};var UTF8ArrayToString=(heapOrArray,idx=0,maxBytesToRead,ignoreNul)=>{var endPtr=findStringEnd(heapOrArray,idx,maxBytesToRead,ignoreNul);if(endPtr-idx>16&&heapOrArray.buffer&&UTF8Decoder){return UTF8Decoder.decode(heapOrArray.subarray(idx,endPtr))}var str="";while(idx<endPtr){var u0=heapOrArray[idx++];if(!(u0&128)){str+=String.fromCharCode(u0);continue}var u1=heapOrArray[idx++]&63;if((u0&224)==192){str+=String.fromCharCode((u0&31)<<6|u1);continue}var u2=heapOrArray[idx++]&63;if((u0&240)==224){u0=(u0&15)<<12|u1<<6|u2}else{u0=(u0&7)<<18|u1<<12|u2<<6|heapOrArray[idx++]&63}if(u0<65536){str+=String.fromCharCode(u0)}else{var ch=u0-65536;str+=String.fromCharCode(55296|ch>>10,56320|ch&1023)}}return str};var UTF8ToString=(ptr,maxBytesToRead,ignoreNul)=>ptr?UTF8ArrayToString(HEAPU8,ptr,maxBytesToRead,ignoreNul):"";var ___assert_fail=(condition,filename,line,func)=>abort(`Assertion failed: ${UTF8ToString(condition)}, at: `+[filename?UTF8ToString(filename):"unknown filename",line,func?UTF8ToString(func):"unknown function"]);var __abort_js=()=>abort("");var runtimeKeepaliveCounter=0;var __emscripten_runtime_keepalive_clear=()=>{noExitRuntime=false;runtimeKeepaliveCounter=0};var __emscripten_throw_longjmp=()=>{throw new EmscriptenSjLj};var timers={};var handleException=e=>{if(e instanceof ExitStatus||e=="unwind"){return EXITSTATUS}quit_(1,e)};var keepRuntimeAlive=()=>noExitRuntime||runtimeKeepaliveCounter>0;var _proc_exit=code=>{EXITSTATUS=code;if(!keepRuntimeAlive()){Module["onExit"]?.(code);ABORT=true}quit_(code,new ExitStatus(code))};var exitJS=(status,implicit)=>{EXITSTATUS=status;_proc_exit(status)};var _exit=exitJS;var maybeExit=()=>{if(!keepRuntimeAlive()){try{_exit(EXITSTATUS)}catch(e){handleException(e)}}};var callUserCallback=func=>{if(ABORT){return}try{return func()}catch(e){handleException(e)}finally{maybeExit()}};var _emscripten_get_now=()=>performance.now();var __setitimer_js=(which,timeout_ms)=>{if(timers[which]){clearTimeout(timers[which].id);delete timers[which]}if(!timeout_ms)return 0;var id=setTimeout(()=>{delete timers[which];callUserCallback(()=>__emscripten_timeout(which,_emscripten_get_now()))},timeout_ms);timers[which]={id,timeout_ms};return 0};var getHeapMax=()=>1073741824;var alignMemory=(size,alignment)=>Math.ceil(size/alignment)*alignment;var growMemory=size=>{var oldHeapSize=wasmMemory.buffer.byteLength;var pages=(size-oldHeapSize+65535)/65536|0;try{wasmMemory.grow(pages);updateMemoryViews();return 1}catch(e){}};var _emscripten_resize_heap=requestedSize=>{var oldSize=HEAPU8.length;requestedSize>>>=0;var maxHeapSize=getHeapMax();if(requestedSize>maxHeapSize){return false}for(var cutDown=1;cutDown<=4;cutDown*=2){var overGrownHeapSize=oldSize*(1+.2/cutDown);overGrownHeapSize=Math.min(overGrownHeapSize,requestedSize+100663296);var newSize=Math.min(maxHeapSize,alignMemory(Math.max(requestedSize,overGrownHeapSize),65536));var replacement=growMemory(newSize);if(replacement){return true}}return false};var PATH={isAbs:path=>path.charAt(0)==="/",splitPath:filename=>{var splitPathRe=/^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;return splitPathRe.exec(filename).slice(1)},normalizeArray:(parts,allowAboveRoot)=>{var up=0;for(var i=parts.length-1;i>=0;i--){var last=parts[i];if(last==="."){parts.splice(i,1)}else if(last===".."){parts.splice(i,1);up++}else if(up){parts.splice(i,1);up--}}if(allowAboveRoot){for(;up;up--){parts.unshift("..")}}return parts},normalize:path=>{var isAbsolute=PATH.isAbs(path),trailingSlash=path.slice(-1)==="/";path=PATH.normalizeArray(path.split("/").filter(p=>!!p),!isAbsolute).join("/");if(!path&&!isAbsolute){path="."}if(path&&trailingSlash){path+="/"}return(isAbsolute?"/":"")+path},dirname:path=>{var result=PATH.splitPath(path),root=result[0],dir=result[1];if(!root&&!dir){return"."}if(dir){dir=dir.slice(0,-1)}return root+dir},basename:path=>path&&path.match(/([^\/]+|\/)\/*$/)[1],join:(...paths)=>PATH.normalize(paths.join("/")),join2:(l,r)=>PATH.normalize(l+"/"+r)};var initRandomFill=()=>{if(ENVIRONMENT_IS_NODE){var nodeCrypto=__nccwpck_require__(7598);return view=>(nodeCrypto.randomFillSync(view),0)}return view=>(crypto.getRandomValues(view),0)};var randomFill=view=>(randomFill=initRandomFill())(view);var PATH_FS={resolve:(...args)=>{var resolvedPath="",resolvedAbsolute=false;for(var i=args.length-1;i>=-1&&!resolvedAbsolute;i--){var path=i>=0?args[i]:FS.cwd();if(typeof path!="string"){throw new TypeError("Arguments to path.resolve must be strings")}else if(!path){return""}resolvedPath=path+"/"+resolvedPath;resolvedAbsolute=PATH.isAbs(path)}resolvedPath=PATH.normalizeArray(resolvedPath.split("/").filter(p=>!!p),!resolvedAbsolute).join("/");return(resolvedAbsolute?"/":"")+resolvedPath||"."},relative:(from,to)=>{from=PATH_FS.resolve(from).slice(1);to=PATH_FS.resolve(to).slice(1);function trim(arr){var start=0;for(;start<arr.length;start++){if(arr[start]!=="")break}var end=arr.length-1;for(;end>=0;end--){if(arr[end]!=="")break}if(start>end)return[];return arr.slice(start,end-start+1)}var fromParts=trim(from.split("/"));var toParts=trim(to.split("/"));var length=Math.min(fromParts.length,toParts.length);var samePartsLength=length;for(var i=0;i<length;i++){if(fromParts[i]!==toParts[i]){samePartsLength=i;break}}var outputParts=[];for(var i=samePartsLength;i<fromParts.length;i++){outputParts.push("..")}outputParts=outputParts.concat(toParts.slice(samePartsLength));return outputParts.join("/")}};var FS_stdin_getChar_buffer=[];var lengthBytesUTF8=str=>{var len=0;for(var i=0;i<str.length;++i){var c=str.charCodeAt(i);if(c<=127){len++}else if(c<=2047){len+=2}else if(c>=55296&&c<=57343){len+=4;++i}else{len+=3}}return len};var stringToUTF8Array=(str,heap,outIdx,maxBytesToWrite)=>{if(!(maxBytesToWrite>0))return 0;var startIdx=outIdx;var endIdx=outIdx+maxBytesToWrite-1;for(var i=0;i<str.length;++i){var u=str.codePointAt(i);if(u<=127){if(outIdx>=endIdx)break;heap[outIdx++]=u}else if(u<=2047){if(outIdx+1>=endIdx)break;heap[outIdx++]=192|u>>6;heap[outIdx++]=128|u&63}else if(u<=65535){if(outIdx+2>=endIdx)break;heap[outIdx++]=224|u>>12;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63}else{if(outIdx+3>=endIdx)break;heap[outIdx++]=240|u>>18;heap[outIdx++]=128|u>>12&63;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63;i++}}heap[outIdx]=0;return outIdx-startIdx};var intArrayFromString=(stringy,dontAddNull,length)=>{var len=length>0?length:lengthBytesUTF8(stringy)+1;var u8array=new Array(len);var numBytesWritten=stringToUTF8Array(stringy,u8array,0,u8array.length);if(dontAddNull)u8array.length=numBytesWritten;return u8array};var FS_stdin_getChar=()=>{if(!FS_stdin_getChar_buffer.length){var result=null;if(ENVIRONMENT_IS_NODE){var BUFSIZE=256;var buf=Buffer.alloc(BUFSIZE);var bytesRead=0;var fd=process.stdin.fd;try{bytesRead=fs.readSync(fd,buf,0,BUFSIZE)}catch(e){if(e.toString().includes("EOF"))bytesRead=0;else throw e}if(bytesRead>0){result=buf.slice(0,bytesRead).toString("utf-8")}}else if(globalThis.window?.prompt){result=window.prompt("Input: ");if(result!==null){result+="\n"}}else{}if(!result){return null}FS_stdin_getChar_buffer=intArrayFromString(result,true)}return FS_stdin_getChar_buffer.shift()};var TTY={ttys:[],init(){},shutdown(){},register(dev,ops){TTY.ttys[dev]={input:[],output:[],ops};FS.registerDevice(dev,TTY.stream_ops)},stream_ops:{open(stream){var tty=TTY.ttys[stream.node.rdev];if(!tty){throw new FS.ErrnoError(43)}stream.tty=tty;stream.seekable=false},close(stream){stream.tty.ops.fsync(stream.tty)},fsync(stream){stream.tty.ops.fsync(stream.tty)},read(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.get_char){throw new FS.ErrnoError(60)}var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=stream.tty.ops.get_char(stream.tty)}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.put_char){throw new FS.ErrnoError(60)}try{for(var i=0;i<length;i++){stream.tty.ops.put_char(stream.tty,buffer[offset+i])}}catch(e){throw new FS.ErrnoError(29)}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}},default_tty_ops:{get_char(tty){return FS_stdin_getChar()},put_char(tty,val){if(val===null||val===10){out(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){out(UTF8ArrayToString(tty.output));tty.output=[]}},ioctl_tcgets(tty){return{c_iflag:25856,c_oflag:5,c_cflag:191,c_lflag:35387,c_cc:[3,28,127,21,4,0,1,0,17,19,26,0,18,15,23,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},ioctl_tcsets(tty,optional_actions,data){return 0},ioctl_tiocgwinsz(tty){return[24,80]}},default_tty1_ops:{put_char(tty,val){if(val===null||val===10){err(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){err(UTF8ArrayToString(tty.output));tty.output=[]}}}};var mmapAlloc=size=>{abort()};var MEMFS={ops_table:null,mount(mount){return MEMFS.createNode(null,"/",16895,0)},createNode(parent,name,mode,dev){if(FS.isBlkdev(mode)||FS.isFIFO(mode)){throw new FS.ErrnoError(63)}MEMFS.ops_table||={dir:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,lookup:MEMFS.node_ops.lookup,mknod:MEMFS.node_ops.mknod,rename:MEMFS.node_ops.rename,unlink:MEMFS.node_ops.unlink,rmdir:MEMFS.node_ops.rmdir,readdir:MEMFS.node_ops.readdir,symlink:MEMFS.node_ops.symlink},stream:{llseek:MEMFS.stream_ops.llseek}},file:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:{llseek:MEMFS.stream_ops.llseek,read:MEMFS.stream_ops.read,write:MEMFS.stream_ops.write,mmap:MEMFS.stream_ops.mmap,msync:MEMFS.stream_ops.msync}},link:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,readlink:MEMFS.node_ops.readlink},stream:{}},chrdev:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:FS.chrdev_stream_ops}};var node=FS.createNode(parent,name,mode,dev);if(FS.isDir(node.mode)){node.node_ops=MEMFS.ops_table.dir.node;node.stream_ops=MEMFS.ops_table.dir.stream;node.contents={}}else if(FS.isFile(node.mode)){node.node_ops=MEMFS.ops_table.file.node;node.stream_ops=MEMFS.ops_table.file.stream;node.usedBytes=0;node.contents=MEMFS.emptyFileContents??=new Uint8Array(0)}else if(FS.isLink(node.mode)){node.node_ops=MEMFS.ops_table.link.node;node.stream_ops=MEMFS.ops_table.link.stream}else if(FS.isChrdev(node.mode)){node.node_ops=MEMFS.ops_table.chrdev.node;node.stream_ops=MEMFS.ops_table.chrdev.stream}node.atime=node.mtime=node.ctime=Date.now();if(parent){parent.contents[name]=node;parent.atime=parent.mtime=parent.ctime=node.atime}return node},getFileDataAsTypedArray(node){return node.contents.subarray(0,node.usedBytes)},expandFileStorage(node,newCapacity){var prevCapacity=node.contents.length;if(prevCapacity>=newCapacity)return;var CAPACITY_DOUBLING_MAX=1024*1024;newCapacity=Math.max(newCapacity,prevCapacity*(prevCapacity<CAPACITY_DOUBLING_MAX?2:1.125)>>>0);if(prevCapacity)newCapacity=Math.max(newCapacity,256);var oldContents=MEMFS.getFileDataAsTypedArray(node);node.contents=new Uint8Array(newCapacity);node.contents.set(oldContents)},resizeFileStorage(node,newSize){if(node.usedBytes==newSize)return;var oldContents=node.contents;node.contents=new Uint8Array(newSize);node.contents.set(oldContents.subarray(0,Math.min(newSize,node.usedBytes)));node.usedBytes=newSize},node_ops:{getattr(node){var attr={};attr.dev=FS.isChrdev(node.mode)?node.id:1;attr.ino=node.id;attr.mode=node.mode;attr.nlink=1;attr.uid=0;attr.gid=0;attr.rdev=node.rdev;if(FS.isDir(node.mode)){attr.size=4096}else if(FS.isFile(node.mode)){attr.size=node.usedBytes}else if(FS.isLink(node.mode)){attr.size=node.link.length}else{attr.size=0}attr.atime=new Date(node.atime);attr.mtime=new Date(node.mtime);attr.ctime=new Date(node.ctime);attr.blksize=4096;attr.blocks=Math.ceil(attr.size/attr.blksize);return attr},setattr(node,attr){for(const key of["mode","atime","mtime","ctime"]){if(attr[key]!=null){node[key]=attr[key]}}if(attr.size!==undefined){MEMFS.resizeFileStorage(node,attr.size)}},lookup(parent,name){if(!MEMFS.doesNotExistError){MEMFS.doesNotExistError=new FS.ErrnoError(44);MEMFS.doesNotExistError.stack="<generic error, no stack>"}throw MEMFS.doesNotExistError},mknod(parent,name,mode,dev){return MEMFS.createNode(parent,name,mode,dev)},rename(old_node,new_dir,new_name){var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(new_node){if(FS.isDir(old_node.mode)){for(var i in new_node.contents){throw new FS.ErrnoError(55)}}FS.hashRemoveNode(new_node)}delete old_node.parent.contents[old_node.name];new_dir.contents[new_name]=old_node;old_node.name=new_name;new_dir.ctime=new_dir.mtime=old_node.parent.ctime=old_node.parent.mtime=Date.now()},unlink(parent,name){delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},rmdir(parent,name){var node=FS.lookupNode(parent,name);for(var i in node.contents){throw new FS.ErrnoError(55)}delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},readdir(node){return[".","..",...Object.keys(node.contents)]},symlink(parent,newname,oldpath){var node=MEMFS.createNode(parent,newname,511|40960,0);node.link=oldpath;return node},readlink(node){if(!FS.isLink(node.mode)){throw new FS.ErrnoError(28)}return node.link}},stream_ops:{read(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=stream.node.usedBytes)return 0;var size=Math.min(stream.node.usedBytes-position,length);buffer.set(contents.subarray(position,position+size),offset);return size},write(stream,buffer,offset,length,position,canOwn){if(buffer.buffer===HEAP8.buffer){canOwn=false}if(!length)return 0;var node=stream.node;node.mtime=node.ctime=Date.now();if(canOwn){node.contents=buffer.subarray(offset,offset+length);node.usedBytes=length}else if(node.usedBytes===0&&position===0){node.contents=buffer.slice(offset,offset+length);node.usedBytes=length}else{MEMFS.expandFileStorage(node,position+length);node.contents.set(buffer.subarray(offset,offset+length),position);node.usedBytes=Math.max(node.usedBytes,position+length)}return length},llseek(stream,offset,whence){var position=offset;if(whence===1){position+=stream.position}else if(whence===2){if(FS.isFile(stream.node.mode)){position+=stream.node.usedBytes}}if(position<0){throw new FS.ErrnoError(28)}return position},mmap(stream,length,position,prot,flags){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}var ptr;var allocated;var contents=stream.node.contents;if(!(flags&2)&&contents.buffer===HEAP8.buffer){allocated=false;ptr=contents.byteOffset}else{allocated=true;ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}if(contents){if(position>0||position+length<contents.length){if(contents.subarray){contents=contents.subarray(position,position+length)}else{contents=Array.prototype.slice.call(contents,position,position+length)}}HEAP8.set(contents,ptr)}}return{ptr,allocated}},msync(stream,buffer,offset,length,mmapFlags){MEMFS.stream_ops.write(stream,buffer,0,length,offset,false);return 0}}};var FS_modeStringToFlags=str=>{if(typeof str!="string")return str;var flagModes={r:0,"r+":2,w:512|64|1,"w+":512|64|2,a:1024|64|1,"a+":1024|64|2};var flags=flagModes[str];if(typeof flags=="undefined"){throw new Error(`Unknown file open mode: ${str}`)}return flags};var FS_fileDataToTypedArray=data=>{if(typeof data=="string"){data=intArrayFromString(data,true)}if(!data.subarray){data=new Uint8Array(data)}return data};var FS_getMode=(canRead,canWrite)=>{var mode=0;if(canRead)mode|=292|73;if(canWrite)mode|=146;return mode};var asyncLoad=async url=>{var arrayBuffer=await readAsync(url);return new Uint8Array(arrayBuffer)};var FS_createDataFile=(...args)=>FS.createDataFile(...args);var getUniqueRunDependency=id=>id;var dependenciesPromise=null;var resolveRunDependencies=async()=>dependenciesPromise;var runDependencies=0;var dependenciesPromiseResolve=null;var removeRunDependency=id=>{runDependencies--;Module["monitorRunDependencies"]?.(runDependencies);if(!runDependencies){dependenciesPromiseResolve()}};var addRunDependency=id=>{if(!runDependencies){dependenciesPromise=new Promise(resolve=>dependenciesPromiseResolve=resolve)}runDependencies++;Module["monitorRunDependencies"]?.(runDependencies)};var preloadPlugins=[];var FS_handledByPreloadPlugin=async(byteArray,fullname)=>{if(typeof Browser!="undefined")Browser.init();for(var plugin of preloadPlugins){if(plugin["canHandle"](fullname)){return plugin["handle"](byteArray,fullname)}}return byteArray};var FS_preloadFile=async(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish)=>{var fullname=name?PATH_FS.resolve(PATH.join2(parent,name)):parent;var dep=getUniqueRunDependency(`cp ${fullname}`);addRunDependency(dep);try{var byteArray=url;if(typeof url=="string"){byteArray=await asyncLoad(url)}byteArray=await FS_handledByPreloadPlugin(byteArray,fullname);preFinish?.();if(!dontCreateFile){FS_createDataFile(parent,name,byteArray,canRead,canWrite,canOwn)}}finally{removeRunDependency(dep)}};var FS_createPreloadedFile=(parent,name,url,canRead,canWrite,onload,onerror,dontCreateFile,canOwn,preFinish)=>{FS_preloadFile(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish).then(onload).catch(onerror)};var FS={root:null,mounts:[],devices:{},streams:[],nextInode:1,nameTable:null,currentPath:"/",initialized:false,ignorePermissions:true,filesystems:null,syncFSRequests:0,ErrnoError:class{name="ErrnoError";constructor(errno){this.errno=errno}},FSStream:class{shared={};get object(){return this.node}set object(val){this.node=val}get isRead(){return(this.flags&2097155)!==1}get isWrite(){return(this.flags&2097155)!==0}get isAppend(){return this.flags&1024}get flags(){return this.shared.flags}set flags(val){this.shared.flags=val}get position(){return this.shared.position}set position(val){this.shared.position=val}},FSNode:class{node_ops={};stream_ops={};readMode=292|73;writeMode=146;mounted=null;constructor(parent,name,mode,rdev){if(!parent){parent=this}this.parent=parent;this.mount=parent.mount;this.id=FS.nextInode++;this.name=name;this.mode=mode;this.rdev=rdev;this.atime=this.mtime=this.ctime=Date.now()}get read(){return(this.mode&this.readMode)===this.readMode}set read(val){val?this.mode|=this.readMode:this.mode&=~this.readMode}get write(){return(this.mode&this.writeMode)===this.writeMode}set write(val){val?this.mode|=this.writeMode:this.mode&=~this.writeMode}get isFolder(){return FS.isDir(this.mode)}get isDevice(){return FS.isChrdev(this.mode)}addListener(cb,exclusive=false){var entry={cb,exclusive};var listeners=this.listeners??=new Set;listeners.add(entry);return{listeners,entry}}notifyListeners(flags){if(!this.listeners)return;var excl;for(var entry of this.listeners){if(entry.exclusive)(excl||=[]).push(entry);else entry.cb(flags)}if(excl){var i=(this.exclTurn||0)%excl.length;this.exclTurn=i+1;excl[i].cb(flags)}}},lookupPath(path,opts={}){if(!path){throw new FS.ErrnoError(44)}opts.follow_mount??=true;if(!PATH.isAbs(path)){path=FS.cwd()+"/"+path}linkloop:for(var nlinks=0;nlinks<40;nlinks++){var parts=path.split("/").filter(p=>!!p);var current=FS.root;var current_path="/";for(var i=0;i<parts.length;i++){var islast=i===parts.length-1;if(islast&&opts.parent){break}if(parts[i]==="."){continue}if(parts[i]===".."){current_path=PATH.dirname(current_path);if(FS.isRoot(current)){path=current_path+"/"+parts.slice(i+1).join("/");nlinks--;continue linkloop}else{current=current.parent}continue}current_path=PATH.join2(current_path,parts[i]);try{current=FS.lookupNode(current,parts[i])}catch(e){if(e?.errno===44&&islast&&opts.noent_okay){return{path:current_path}}throw e}if(FS.isMountpoint(current)&&(!islast||opts.follow_mount)){current=current.mounted.root}if(FS.isLink(current.mode)&&(!islast||opts.follow)){if(!current.node_ops.readlink){throw new FS.ErrnoError(52)}var link=current.node_ops.readlink(current);if(!PATH.isAbs(link)){link=PATH.dirname(current_path)+"/"+link}path=link+"/"+parts.slice(i+1).join("/");continue linkloop}}return{path:current_path,node:current}}throw new FS.ErrnoError(32)},getPath(node){var path;while(true){if(FS.isRoot(node)){var mount=node.mount.mountpoint;if(!path)return mount;return mount[mount.length-1]!=="/"?`${mount}/${path}`:mount+path}path=path?`${node.name}/${path}`:node.name;node=node.parent}},hashName(parentid,name){var hash=0;for(var i=0;i<name.length;i++){hash=(hash<<5)-hash+name.charCodeAt(i)|0}return(parentid+hash>>>0)%FS.nameTable.length},hashAddNode(node){var hash=FS.hashName(node.parent.id,node.name);node.name_next=FS.nameTable[hash];FS.nameTable[hash]=node},hashRemoveNode(node){var hash=FS.hashName(node.parent.id,node.name);if(FS.nameTable[hash]===node){FS.nameTable[hash]=node.name_next}else{var current=FS.nameTable[hash];while(current){if(current.name_next===node){current.name_next=node.name_next;break}current=current.name_next}}},lookupNode(parent,name){var errCode=FS.mayLookup(parent);if(errCode){throw new FS.ErrnoError(errCode)}var hash=FS.hashName(parent.id,name);for(var node=FS.nameTable[hash];node;node=node.name_next){var nodeName=node.name;if(node.parent.id===parent.id&&nodeName===name){return node}}return FS.lookup(parent,name)},createNode(parent,name,mode,rdev){var node=new FS.FSNode(parent,name,mode,rdev);FS.hashAddNode(node);return node},destroyNode(node){FS.hashRemoveNode(node)},isRoot(node){return node===node.parent},isMountpoint(node){return!!node.mounted},isFile(mode){return(mode&61440)===32768},isDir(mode){return(mode&61440)===16384},isLink(mode){return(mode&61440)===40960},isChrdev(mode){return(mode&61440)===8192},isBlkdev(mode){return(mode&61440)===24576},isFIFO(mode){return(mode&61440)===4096},isSocket(mode){return(mode&49152)===49152},flagsToPermissionString(flag){var perms=["r","w","rw"][flag&3];if(flag&512){perms+="w"}return perms},nodePermissions(node,perms){if(FS.ignorePermissions){return 0}if(perms.includes("r")&&!(node.mode&292)){return 2}if(perms.includes("w")&&!(node.mode&146)){return 2}if(perms.includes("x")&&!(node.mode&73)){return 2}return 0},mayLookup(dir){if(!FS.isDir(dir.mode))return 54;var errCode=FS.nodePermissions(dir,"x");if(errCode)return errCode;if(!dir.node_ops.lookup)return 2;return 0},mayCreate(dir,name){if(!FS.isDir(dir.mode)){return 54}try{var node=FS.lookupNode(dir,name);return 20}catch(e){}return FS.nodePermissions(dir,"wx")},mayDelete(dir,name,isdir){var node;try{node=FS.lookupNode(dir,name)}catch(e){return e.errno}var errCode=FS.nodePermissions(dir,"wx");if(errCode){return errCode}if(isdir){if(!FS.isDir(node.mode)){return 54}if(FS.isRoot(node)||FS.getPath(node)===FS.cwd()){return 10}}else if(FS.isDir(node.mode)){return 31}return 0},mayOpen(node,flags){if(!node){return 44}if(FS.isLink(node.mode)){return 32}var mode=FS.flagsToPermissionString(flags);if(FS.isDir(node.mode)){if(mode!=="r"||flags&(512|64)){return 31}}return FS.nodePermissions(node,mode)},checkOpExists(op,err){if(!op){throw new FS.ErrnoError(err)}return op},MAX_OPEN_FDS:4096,nextfd(){for(var fd=0;fd<=FS.MAX_OPEN_FDS;fd++){if(!FS.streams[fd]){return fd}}throw new FS.ErrnoError(33)},getStreamChecked(fd){var stream=FS.getStream(fd);if(!stream){throw new FS.ErrnoError(8)}return stream},getStream:fd=>FS.streams[fd],createStream(stream,fd=-1){stream=Object.assign(new FS.FSStream,stream);if(fd==-1){fd=FS.nextfd()}stream.fd=fd;FS.streams[fd]=stream;return stream},closeStream(fd){FS.streams[fd]=null},dupStream(origStream,fd=-1){var stream=FS.createStream(origStream,fd);stream.stream_ops?.dup?.(stream);return stream},doSetAttr(stream,node,attr){var setattr=stream?.stream_ops.setattr;var arg=setattr?stream:node;setattr??=node.node_ops.setattr;FS.checkOpExists(setattr,63);try{setattr(arg,attr)}catch(e){if(e instanceof RangeError){throw new FS.ErrnoError(22)}throw e}},chrdev_stream_ops:{open(stream){var device=FS.getDevice(stream.node.rdev);stream.stream_ops=device.stream_ops;stream.stream_ops.open?.(stream)},llseek(){throw new FS.ErrnoError(70)}},major:dev=>dev>>8,minor:dev=>dev&255,makedev:(ma,mi)=>ma<<8|mi,registerDevice(dev,ops){FS.devices[dev]={stream_ops:ops}},getDevice:dev=>FS.devices[dev],getMounts(mount){var mounts=[];var check=[mount];while(check.length){var m=check.pop();mounts.push(m);check.push(...m.mounts)}return mounts},syncfs(populate,callback){if(typeof populate=="function"){callback=populate;populate=false}FS.syncFSRequests++;if(FS.syncFSRequests>1){err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`)}var mounts=FS.getMounts(FS.root.mount);var completed=0;function doCallback(errCode){FS.syncFSRequests--;return callback(errCode)}function done(errCode){if(errCode){if(!done.errored){done.errored=true;return doCallback(errCode)}return}if(++completed>=mounts.length){doCallback(null)}}for(var mount of mounts){if(mount.type.syncfs){mount.type.syncfs(mount,populate,done)}else{done(null)}}},mount(type,opts,mountpoint){var root=mountpoint==="/";var pseudo=!mountpoint;var node;if(root&&FS.root){throw new FS.ErrnoError(10)}else if(!root&&!pseudo){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});mountpoint=lookup.path;node=lookup.node;if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}if(!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}}var mount={type,opts,mountpoint,mounts:[]};var mountRoot=type.mount(mount);mountRoot.mount=mount;mount.root=mountRoot;if(root){FS.root=mountRoot}else if(node){node.mounted=mount;if(node.mount){node.mount.mounts.push(mount)}}return mountRoot},unmount(mountpoint){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});if(!FS.isMountpoint(lookup.node)){throw new FS.ErrnoError(28)}var node=lookup.node;var mount=node.mounted;var mounts=FS.getMounts(mount);for(var[hash,current]of Object.entries(FS.nameTable)){while(current){var next=current.name_next;if(mounts.includes(current.mount)){FS.destroyNode(current)}current=next}}node.mounted=null;var idx=node.mount.mounts.indexOf(mount);node.mount.mounts.splice(idx,1)},lookup(parent,name){return parent.node_ops.lookup(parent,name)},mknod(path,mode,dev){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);if(!name){throw new FS.ErrnoError(28)}if(name==="."||name===".."){throw new FS.ErrnoError(20)}var errCode=FS.mayCreate(parent,name);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.mknod){throw new FS.ErrnoError(63)}return parent.node_ops.mknod(parent,name,mode,dev)},statfs(path){return FS.statfsNode(FS.lookupPath(path,{follow:true}).node)},statfsStream(stream){return FS.statfsNode(stream.node)},statfsNode(node){var rtn={bsize:4096,frsize:4096,blocks:1e6,bfree:5e5,bavail:5e5,files:FS.nextInode,ffree:FS.nextInode-1,fsid:42,flags:2,namelen:255};if(node.node_ops.statfs){Object.assign(rtn,node.node_ops.statfs(node.mount.opts.root))}return rtn},create(path,mode=438){mode&=4095;mode|=32768;return FS.mknod(path,mode,0)},mkdir(path,mode=511){mode&=511|512;mode|=16384;return FS.mknod(path,mode,0)},mkdirTree(path,mode){var dirs=path.split("/");var d="";for(var dir of dirs){if(!dir)continue;if(d||PATH.isAbs(path))d+="/";d+=dir;try{FS.mkdir(d,mode)}catch(e){if(e.errno!=20)throw e}}},mkdev(path,mode,dev){if(typeof dev=="undefined"){dev=mode;mode=438}mode|=8192;return FS.mknod(path,mode,dev)},symlink(oldpath,newpath){if(!PATH_FS.resolve(oldpath)){throw new FS.ErrnoError(44)}var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.symlink){throw new FS.ErrnoError(63)}return parent.node_ops.symlink(parent,newname,oldpath)},link(oldpath,newpath,flags){var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.link){throw new FS.ErrnoError(34)}return parent.node_ops.link(parent,newname,oldpath,flags)},rename(old_path,new_path){var old_dirname=PATH.dirname(old_path);var new_dirname=PATH.dirname(new_path);var old_name=PATH.basename(old_path);var new_name=PATH.basename(new_path);var lookup,old_dir,new_dir;lookup=FS.lookupPath(old_path,{parent:true});old_dir=lookup.node;lookup=FS.lookupPath(new_path,{parent:true});new_dir=lookup.node;if(!old_dir||!new_dir)throw new FS.ErrnoError(44);if(old_dir.mount!==new_dir.mount){throw new FS.ErrnoError(75)}var old_node=FS.lookupNode(old_dir,old_name);var relative=PATH_FS.relative(old_path,new_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(28)}relative=PATH_FS.relative(new_path,old_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(55)}var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(old_node===new_node){return}var isdir=FS.isDir(old_node.mode);var errCode=FS.mayDelete(old_dir,old_name,isdir);if(errCode){throw new FS.ErrnoError(errCode)}errCode=new_node?FS.mayDelete(new_dir,new_name,isdir):FS.mayCreate(new_dir,new_name);if(errCode){throw new FS.ErrnoError(errCode)}if(!old_dir.node_ops.rename){throw new FS.ErrnoError(63)}if(FS.isMountpoint(old_node)||new_node&&FS.isMountpoint(new_node)){throw new FS.ErrnoError(10)}if(new_dir!==old_dir){errCode=FS.nodePermissions(old_dir,"w");if(errCode){throw new FS.ErrnoError(errCode)}}FS.hashRemoveNode(old_node);try{old_dir.node_ops.rename(old_node,new_dir,new_name);old_node.parent=new_dir}catch(e){throw e}finally{FS.hashAddNode(old_node)}},rmdir(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,true);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.rmdir){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.rmdir(parent,name);FS.destroyNode(node)},readdir(path){var lookup=FS.lookupPath(path,{follow:true});var node=lookup.node;var readdir=FS.checkOpExists(node.node_ops.readdir,54);return readdir(node)},unlink(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,false);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.unlink){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.unlink(parent,name);FS.destroyNode(node)},readlink(path){var lookup=FS.lookupPath(path);var link=lookup.node;if(!link){throw new FS.ErrnoError(44)}if(!link.node_ops.readlink){throw new FS.ErrnoError(28)}return link.node_ops.readlink(link)},stat(path,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});var node=lookup.node;var getattr=FS.checkOpExists(node.node_ops.getattr,63);return getattr(node)},fstat(fd){var stream=FS.getStreamChecked(fd);var node=stream.node;var getattr=stream.stream_ops.getattr;var arg=getattr?stream:node;getattr??=node.node_ops.getattr;FS.checkOpExists(getattr,63);return getattr(arg)},lstat(path){return FS.stat(path,true)},doChmod(stream,node,mode,dontFollow){FS.doSetAttr(stream,node,{mode:mode&4095|node.mode&~4095,ctime:Date.now(),dontFollow})},chmod(path,mode,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChmod(null,node,mode,dontFollow)},lchmod(path,mode){FS.chmod(path,mode,true)},fchmod(fd,mode){var stream=FS.getStreamChecked(fd);FS.doChmod(stream,stream.node,mode,false)},doChown(stream,node,dontFollow){FS.doSetAttr(stream,node,{timestamp:Date.now(),dontFollow})},chown(path,uid,gid,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChown(null,node,dontFollow)},lchown(path,uid,gid){FS.chown(path,uid,gid,true)},fchown(fd,uid,gid){var stream=FS.getStreamChecked(fd);FS.doChown(stream,stream.node,false)},doTruncate(stream,node,len){if(FS.isDir(node.mode)){throw new FS.ErrnoError(31)}if(!FS.isFile(node.mode)){throw new FS.ErrnoError(28)}var errCode=FS.nodePermissions(node,"w");if(errCode){throw new FS.ErrnoError(errCode)}FS.doSetAttr(stream,node,{size:len,timestamp:Date.now()})},truncate(path,len){if(len<0){throw new FS.ErrnoError(28)}var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:true});node=lookup.node}else{node=path}FS.doTruncate(null,node,len)},ftruncate(fd,len){var stream=FS.getStreamChecked(fd);if(len<0||(stream.flags&2097155)===0){throw new FS.ErrnoError(28)}FS.doTruncate(stream,stream.node,len)},utime(path,atime,mtime,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});FS.doSetAttr(null,lookup.node,{atime,mtime,dontFollow})},open(path,flags,mode=438){if(path===""){throw new FS.ErrnoError(44)}flags=FS_modeStringToFlags(flags);if(flags&64){mode=mode&4095|32768}else{mode=0}var node;var isDirPath;if(typeof path=="object"){node=path}else{isDirPath=path.endsWith("/");var lookup=FS.lookupPath(path,{follow:!(flags&131072),noent_okay:true});node=lookup.node;path=lookup.path}var created=false;if(flags&64){if(node){if(flags&128){throw new FS.ErrnoError(20)}}else if(isDirPath){throw new FS.ErrnoError(31)}else{node=FS.mknod(path,mode|511,0);created=true}}if(!node){throw new FS.ErrnoError(44)}if(FS.isChrdev(node.mode)){flags&=~512}if(flags&65536&&!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}if(!created){var errCode=FS.mayOpen(node,flags);if(errCode){throw new FS.ErrnoError(errCode)}}if(flags&512&&!created){FS.truncate(node,0)}flags&=~(128|512|131072);var stream=FS.createStream({node,path:FS.getPath(node),flags,seekable:true,position:0,stream_ops:node.stream_ops,ungotten:[],error:false});if(stream.stream_ops.open){stream.stream_ops.open(stream)}if(created){FS.chmod(node,mode&511)}return stream},close(stream){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(stream.getdents)stream.getdents=null;stream.node?.notifyListeners(32);try{if(stream.stream_ops.close){stream.stream_ops.close(stream)}}catch(e){throw e}finally{FS.closeStream(stream.fd)}stream.fd=null},isClosed(stream){return stream.fd===null},llseek(stream,offset,whence){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(!stream.seekable||!stream.stream_ops.llseek){throw new FS.ErrnoError(70)}if(whence!=0&&whence!=1&&whence!=2){throw new FS.ErrnoError(28)}stream.position=stream.stream_ops.llseek(stream,offset,whence);stream.ungotten=[];return stream.position},read(stream,buffer,offset,length,position){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.read){throw new FS.ErrnoError(28)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesRead=stream.stream_ops.read(stream,buffer,offset,length,position);if(!seeking)stream.position+=bytesRead;return bytesRead},write(stream,buffer,offset,length,position,canOwn){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===0){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.write){throw new FS.ErrnoError(28)}if(stream.seekable&&stream.flags&1024){FS.llseek(stream,0,2)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesWritten=stream.stream_ops.write(stream,buffer,offset,length,position,canOwn);if(!seeking)stream.position+=bytesWritten;return bytesWritten},mmap(stream,length,position,prot,flags){if((prot&2)!==0&&(flags&2)===0&&(stream.flags&2097155)!==2){throw new FS.ErrnoError(2)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(2)}if(!stream.stream_ops.mmap){throw new FS.ErrnoError(43)}if(!length){throw new FS.ErrnoError(28)}return stream.stream_ops.mmap(stream,length,position,prot,flags)},msync(stream,buffer,offset,length,mmapFlags){if(!stream.stream_ops.msync){return 0}return stream.stream_ops.msync(stream,buffer,offset,length,mmapFlags)},ioctl(stream,cmd,arg){if(!stream.stream_ops.ioctl){throw new FS.ErrnoError(59)}return stream.stream_ops.ioctl(stream,cmd,arg)},readFile(path,opts={}){opts.flags=opts.flags??0;opts.encoding=opts.encoding??"binary";if(opts.encoding!=="utf8"&&opts.encoding!=="binary"){abort(`Invalid encoding type "${opts.encoding}"`)}var stream=FS.open(path,opts.flags);var stat=FS.stat(path);var length=stat.size;var buf=new Uint8Array(length);FS.read(stream,buf,0,length,0);if(opts.encoding==="utf8"){buf=UTF8ArrayToString(buf)}FS.close(stream);return buf},writeFile(path,data,opts={}){opts.flags=opts.flags??577;var stream=FS.open(path,opts.flags,opts.mode);data=FS_fileDataToTypedArray(data);FS.write(stream,data,0,data.byteLength,undefined,opts.canOwn);FS.close(stream)},cwd:()=>FS.currentPath,chdir(path){var lookup=FS.lookupPath(path,{follow:true});if(lookup.node===null){throw new FS.ErrnoError(44)}if(!FS.isDir(lookup.node.mode)){throw new FS.ErrnoError(54)}var errCode=FS.nodePermissions(lookup.node,"x");if(errCode){throw new FS.ErrnoError(errCode)}FS.currentPath=lookup.path},createDefaultDirectories(){FS.mkdir("/tmp");FS.mkdir("/home");FS.mkdir("/home/web_user")},createDefaultDevices(){FS.mkdir("/dev");FS.registerDevice(FS.makedev(1,3),{read:()=>0,write:(stream,buffer,offset,length,pos)=>length,llseek:()=>0});FS.mkdev("/dev/null",FS.makedev(1,3));TTY.register(FS.makedev(5,0),TTY.default_tty_ops);TTY.register(FS.makedev(6,0),TTY.default_tty1_ops);FS.mkdev("/dev/tty",FS.makedev(5,0));FS.mkdev("/dev/tty1",FS.makedev(6,0));var randomBuffer=new Uint8Array(1024),randomLeft=0;var randomByte=()=>{if(randomLeft===0){randomFill(randomBuffer);randomLeft=randomBuffer.byteLength}return randomBuffer[--randomLeft]};FS.createDevice("/dev","random",randomByte);FS.createDevice("/dev","urandom",randomByte);FS.mkdir("/dev/shm");FS.mkdir("/dev/shm/tmp")},createSpecialDirectories(){FS.mkdir("/proc");var proc_self=FS.mkdir("/proc/self");FS.mkdir("/proc/self/fd");FS.mount({mount(){var node=FS.createNode(proc_self,"fd",16895,73);node.stream_ops={llseek:MEMFS.stream_ops.llseek};node.node_ops={lookup(parent,name){var fd=+name;var stream=FS.getStreamChecked(fd);var ret={parent:null,mount:{mountpoint:"fake"},node_ops:{readlink:()=>stream.path},id:fd+1};ret.parent=ret;return ret},readdir(){return Array.from(FS.streams.entries()).filter(([k,v])=>v).map(([k,v])=>k.toString())}};return node}},{},"/proc/self/fd")},createStandardStreams(input,output,error){if(input){FS.createDevice("/dev","stdin",input)}else{FS.symlink("/dev/tty","/dev/stdin")}if(output){FS.createDevice("/dev","stdout",null,output)}else{FS.symlink("/dev/tty","/dev/stdout")}if(error){FS.createDevice("/dev","stderr",null,error)}else{FS.symlink("/dev/tty1","/dev/stderr")}var stdin=FS.open("/dev/stdin",0);var stdout=FS.open("/dev/stdout",1);var stderr=FS.open("/dev/stderr",1)},staticInit(){FS.nameTable=new Array(4096);FS.mount(MEMFS,{},"/");FS.createDefaultDirectories();FS.createDefaultDevices();FS.createSpecialDirectories();FS.filesystems={MEMFS}},init(input,output,error){FS.initialized=true;input??=Module["stdin"];output??=Module["stdout"];error??=Module["stderr"];FS.createStandardStreams(input,output,error)},quit(){FS.initialized=false;for(var stream of FS.streams){if(stream){FS.close(stream)}}},findObject(path,dontResolveLastLink){var ret=FS.analyzePath(path,dontResolveLastLink);if(!ret.exists){return null}return ret.object},analyzePath(path,dontResolveLastLink){try{var lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});path=lookup.path}catch(e){}var ret={isRoot:false,exists:false,error:0,name:null,path:null,object:null,parentExists:false,parentPath:null,parentObject:null};try{var lookup=FS.lookupPath(path,{parent:true});ret.parentExists=true;ret.parentPath=lookup.path;ret.parentObject=lookup.node;ret.name=PATH.basename(path);lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});ret.exists=true;ret.path=lookup.path;ret.object=lookup.node;ret.name=lookup.node.name;ret.isRoot=lookup.path==="/"}catch(e){ret.error=e.errno}return ret},createPath(parent,path,canRead,canWrite){parent=typeof parent=="string"?parent:FS.getPath(parent);var parts=path.split("/").reverse();while(parts.length){var part=parts.pop();if(!part)continue;var current=PATH.join2(parent,part);try{FS.mkdir(current)}catch(e){if(e.errno!=20)throw e}parent=current}return current},createFile(parent,name,properties,canRead,canWrite){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(canRead,canWrite);return FS.create(path,mode)},createDataFile(parent,name,data,canRead,canWrite,canOwn){var path=name;if(parent){parent=typeof parent=="string"?parent:FS.getPath(parent);path=name?PATH.join2(parent,name):parent}var mode=FS_getMode(canRead,canWrite);var node=FS.create(path,mode);if(data){data=FS_fileDataToTypedArray(data);FS.chmod(node,mode|146);var stream=FS.open(node,577);FS.write(stream,data,0,data.length,0,canOwn);FS.close(stream);FS.chmod(node,mode)}},createDevice(parent,name,input,output){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(!!input,!!output);FS.createDevice.major??=64;var dev=FS.makedev(FS.createDevice.major++,0);FS.registerDevice(dev,{open(stream){stream.seekable=false},close(stream){if(output?.buffer?.length){output(10)}},read(stream,buffer,offset,length,pos){var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=input()}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){for(var i=0;i<length;i++){try{output(buffer[offset+i])}catch(e){throw new FS.ErrnoError(29)}}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}});return FS.mkdev(path,mode,dev)},forceLoadFile(obj){if(obj.isDevice||obj.isFolder||obj.link||obj.contents)return true;if(globalThis.XMLHttpRequest){abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.")}else{try{obj.contents=readBinary(obj.url)}catch(e){throw new FS.ErrnoError(29)}}},createLazyFile(parent,name,url,canRead,canWrite){class LazyUint8Array{lengthKnown=false;chunks=[];get(idx){if(idx>this.length-1||idx<0){return undefined}var chunkOffset=idx%this.chunkSize;var chunkNum=idx/this.chunkSize|0;return this.getter(chunkNum)[chunkOffset]}setDataGetter(getter){this.getter=getter}cacheLength(){var xhr=new XMLHttpRequest;xhr.open("HEAD",url,false);xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);var datalength=Number(xhr.getResponseHeader("Content-length"));var header;var hasByteServing=(header=xhr.getResponseHeader("Accept-Ranges"))&&header==="bytes";var usesGzip=(header=xhr.getResponseHeader("Content-Encoding"))&&header==="gzip";var chunkSize=1024*1024;if(!hasByteServing)chunkSize=datalength;var doXHR=(from,to)=>{if(from>to)abort(`invalid range (${from}, ${to}) or no bytes requested!`);if(to>datalength-1)abort(`only ${datalength} bytes available! programmer error!`);var xhr=new XMLHttpRequest;xhr.open("GET",url,false);if(datalength!==chunkSize)xhr.setRequestHeader("Range","bytes="+from+"-"+to);xhr.responseType="arraybuffer";if(xhr.overrideMimeType){xhr.overrideMimeType("text/plain; charset=x-user-defined")}xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);if(xhr.response!==undefined){return new Uint8Array(xhr.response||[])}return intArrayFromString(xhr.responseText??"",true)};var lazyArray=this;lazyArray.setDataGetter(chunkNum=>{var start=chunkNum*chunkSize;var end=(chunkNum+1)*chunkSize-1;end=Math.min(end,datalength-1);if(typeof lazyArray.chunks[chunkNum]=="undefined"){lazyArray.chunks[chunkNum]=doXHR(start,end)}if(typeof lazyArray.chunks[chunkNum]=="undefined")abort("doXHR failed!");return lazyArray.chunks[chunkNum]});if(usesGzip||!datalength){chunkSize=datalength=1;datalength=this.getter(0).length;chunkSize=datalength;out("LazyFiles on gzip forces download of the whole file when length is accessed")}this._length=datalength;this._chunkSize=chunkSize;this.lengthKnown=true}get length(){if(!this.lengthKnown){this.cacheLength()}return this._length}get chunkSize(){if(!this.lengthKnown){this.cacheLength()}return this._chunkSize}}if(globalThis.XMLHttpRequest){if(!ENVIRONMENT_IS_WORKER)abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");var lazyArray=new LazyUint8Array;var properties={isDevice:false,contents:lazyArray}}else{var properties={isDevice:false,url}}var node=FS.createFile(parent,name,properties,canRead,canWrite);if(properties.contents){node.contents=properties.contents}else if(properties.url){node.contents=null;node.url=properties.url}Object.defineProperties(node,{usedBytes:{get:function(){return this.contents.length}}});var stream_ops={};for(const[key,fn]of Object.entries(node.stream_ops)){stream_ops[key]=(...args)=>{FS.forceLoadFile(node);return fn(...args)}}function writeChunks(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=contents.length)return 0;var size=Math.min(contents.length-position,length);if(contents.slice){for(var i=0;i<size;i++){buffer[offset+i]=contents[position+i]}}else{for(var i=0;i<size;i++){buffer[offset+i]=contents.get(position+i)}}return size}stream_ops.read=(stream,buffer,offset,length,position)=>{FS.forceLoadFile(node);return writeChunks(stream,buffer,offset,length,position)};stream_ops.mmap=(stream,length,position,prot,flags)=>{FS.forceLoadFile(node);var ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}writeChunks(stream,HEAP8,ptr,length,position);return{ptr,allocated:true}};node.stream_ops=stream_ops;return node}};var SYSCALLS={currentUmask:18,calculateAt(dirfd,path,allowEmpty){if(PATH.isAbs(path)){return path}var dir;if(dirfd===-100){dir=FS.cwd()}else{var dirstream=SYSCALLS.getStreamFromFD(dirfd);dir=dirstream.path}if(path.length==0){if(!allowEmpty){throw new FS.ErrnoError(44)}return dir}return dir+"/"+path},writeStat(buf,stat){HEAPU32[buf>>2]=stat.dev;HEAPU32[buf+4>>2]=stat.mode;HEAPU32[buf+8>>2]=stat.nlink;HEAPU32[buf+12>>2]=stat.uid;HEAPU32[buf+16>>2]=stat.gid;HEAPU32[buf+20>>2]=stat.rdev;HEAP64[buf+24>>3]=BigInt(stat.size);HEAP32[buf+32>>2]=4096;HEAP32[buf+36>>2]=stat.blocks;var atime=stat.atime.getTime();var mtime=stat.mtime.getTime();var ctime=stat.ctime.getTime();HEAP64[buf+40>>3]=BigInt(Math.floor(atime/1e3));HEAPU32[buf+48>>2]=atime%1e3*1e3*1e3;HEAP64[buf+56>>3]=BigInt(Math.floor(mtime/1e3));HEAPU32[buf+64>>2]=mtime%1e3*1e3*1e3;HEAP64[buf+72>>3]=BigInt(Math.floor(ctime/1e3));HEAPU32[buf+80>>2]=ctime%1e3*1e3*1e3;HEAP64[buf+88>>3]=BigInt(stat.ino);return 0},writeStatFs(buf,stats){HEAPU32[buf+4>>2]=stats.bsize;HEAPU32[buf+60>>2]=stats.bsize;HEAP64[buf+8>>3]=BigInt(stats.blocks);HEAP64[buf+16>>3]=BigInt(stats.bfree);HEAP64[buf+24>>3]=BigInt(stats.bavail);HEAP64[buf+32>>3]=BigInt(stats.files);HEAP64[buf+40>>3]=BigInt(stats.ffree);HEAPU32[buf+48>>2]=stats.fsid;HEAPU32[buf+64>>2]=stats.flags;HEAPU32[buf+56>>2]=stats.namelen},doMsync(addr,stream,len,flags,offset){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}if(flags&2){return 0}var buffer=HEAPU8.subarray(addr,addr+len);FS.msync(stream,buffer,offset,len,flags)},getStreamFromFD(fd){var stream=FS.getStreamChecked(fd);return stream},varargs:undefined,getStr(ptr){var ret=UTF8ToString(ptr);return ret}};function _fd_close(fd){try{var stream=SYSCALLS.getStreamFromFD(fd);FS.close(stream);return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doReadv=(stream,iov,iovcnt,offset)=>{var ret=0;for(var i=0;i<iovcnt;i++){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];iov+=8;try{var curr=FS.read(stream,HEAP8,ptr,len,offset)}catch(e){if(ret>0&&e instanceof FS.ErrnoError&&(e.errno==6||e.errno==6)){break}throw e}if(curr<0)return-1;ret+=curr;if(curr<len)break;if(typeof offset!="undefined"){offset+=curr}}return ret};function _fd_read(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doReadv(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var INT53_MAX=9007199254740992;var INT53_MIN=-9007199254740992;var bigintToI53Checked=num=>num<INT53_MIN||num>INT53_MAX?NaN:Number(num);function _fd_seek(fd,offset,whence,newOffset){offset=bigintToI53Checked(offset);try{if(isNaN(offset))return 22;var stream=SYSCALLS.getStreamFromFD(fd);FS.llseek(stream,offset,whence);HEAP64[newOffset>>3]=BigInt(stream.position);if(stream.getdents&&offset===0&&whence===0)stream.getdents=null;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doWritev=(stream,iov,iovcnt,offset)=>{if(iovcnt==1){return FS.write(stream,HEAP8,HEAPU32[iov>>2],HEAPU32[iov+4>>2],offset)}var total=0;for(var i=0,p=iov;i<iovcnt;i++,p+=8){total+=HEAPU32[p+4>>2]}var view=new Uint8Array(total);var voff=0;for(var i=0;i<iovcnt;i++,iov+=8){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];view.set(HEAPU8.subarray(ptr,ptr+len),voff);voff+=len}return FS.write(stream,view,0,total,offset)};function _fd_write(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doWritev(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var wasmTableMirror=[];var getWasmTableEntry=funcPtr=>{var func=wasmTableMirror[funcPtr];if(!func){wasmTableMirror[funcPtr]=func=wasmTable.get(funcPtr)}return func};var stringToUTF8=(str,outPtr,maxBytesToWrite)=>stringToUTF8Array(str,HEAPU8,outPtr,maxBytesToWrite);FS.createPreloadedFile=FS_createPreloadedFile;FS.preloadFile=FS_preloadFile;FS.staticInit();{if(Module["noExitRuntime"])noExitRuntime=Module["noExitRuntime"];if(Module["print"])out=Module["print"];if(Module["printErr"])err=Module["printErr"];if(Module["arguments"])programArgs=Module["arguments"];if(Module["thisProgram"])thisProgram=Module["thisProgram"];var preInit=Module["preInit"];if(preInit){if(typeof preInit=="function")Module["preInit"]=preInit=[preInit];while(preInit.length>0){preInit.shift()()}}}Module["getValue"]=getValue;Module["UTF8ToString"]=UTF8ToString;Module["stringToUTF8"]=stringToUTF8;Module["lengthBytesUTF8"]=lengthBytesUTF8;var _wasm_parse_query,_malloc,_free,_wasm_parse_query_raw,_wasm_free_parse_result,_wasm_parse_plpgsql,_wasm_fingerprint,_wasm_normalize_query,_wasm_parse_query_detailed,_wasm_free_detailed_result,_wasm_scan,_wasm_free_string,__emscripten_timeout,_setThrew,__emscripten_stack_restore,_emscripten_stack_get_current,memory,__indirect_function_table,wasmMemory,wasmTable;function assignWasmExports(wasmExports){_wasm_parse_query=Module["_wasm_parse_query"]=wasmExports["B"];_malloc=Module["_malloc"]=wasmExports["C"];_free=Module["_free"]=wasmExports["E"];_wasm_parse_query_raw=Module["_wasm_parse_query_raw"]=wasmExports["F"];_wasm_free_parse_result=Module["_wasm_free_parse_result"]=wasmExports["G"];_wasm_parse_plpgsql=Module["_wasm_parse_plpgsql"]=wasmExports["H"];_wasm_fingerprint=Module["_wasm_fingerprint"]=wasmExports["I"];_wasm_normalize_query=Module["_wasm_normalize_query"]=wasmExports["J"];_wasm_parse_query_detailed=Module["_wasm_parse_query_detailed"]=wasmExports["K"];_wasm_free_detailed_result=Module["_wasm_free_detailed_result"]=wasmExports["L"];_wasm_scan=Module["_wasm_scan"]=wasmExports["M"];_wasm_free_string=Module["_wasm_free_string"]=wasmExports["N"];__emscripten_timeout=wasmExports["O"];_setThrew=wasmExports["P"];__emscripten_stack_restore=wasmExports["Q"];_emscripten_stack_get_current=wasmExports["R"];memory=wasmMemory=wasmExports["z"];__indirect_function_table=wasmTable=wasmExports["D"]}var wasmImports={c:___assert_fail,x:__abort_js,w:__emscripten_runtime_keepalive_clear,p:__emscripten_throw_longjmp,o:__setitimer_js,q:_emscripten_resize_heap,m:_exit,u:_fd_close,r:_fd_read,s:_fd_seek,t:_fd_write,g:invoke_i,b:invoke_ii,a:invoke_iii,d:invoke_iiii,k:invoke_iiiii,l:invoke_ji,e:invoke_v,f:invoke_vi,h:invoke_vii,j:invoke_viii,i:invoke_viiii,y:invoke_viiiii,n:invoke_viiiiiiiiiiiii,v:_proc_exit};function invoke_iii(index,a1,a2){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ii(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_i(index){var sp=stackSave();try{return getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_v(index){var sp=stackSave();try{getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiii(index,a1,a2,a3){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiii(index,a1,a2,a3,a4){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiiiiiiiiiii(index,a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiiii(index,a1,a2,a3,a4){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viii(index,a1,a2,a3){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vi(index,a1){var sp=stackSave();try{getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vii(index,a1,a2){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiii(index,a1,a2,a3,a4,a5){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ji(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0);return 0n}}async function run(){preRun();if(runDependencies){await resolveRunDependencies()}var setStatus=Module["setStatus"];if(setStatus){setStatus("Running...");await new Promise(resolve=>setTimeout(resolve,1));setTimeout(setStatus,1,"")}if(ABORT)return;initRuntime();Module["onRuntimeInitialized"]?.();postRun()}var wasmExports;wasmExports=await createWasm();await run();
;return Module}})();if(true){module.exports=PgQueryModule;module.exports["default"]=PgQueryModule}else {}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _wasm_location_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5447);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8476);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8265);



(0,_interrupt_js__WEBPACK_IMPORTED_MODULE_1__/* .installInterruptHandlers */ .c)((s) => process.stderr.write(s));
// A stray promise rejection (a driver dying mid-run) must end in one line, not a stack trace.
process.on('unhandledRejection', (e) => {
    process.stderr.write(`migration-guard: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
});
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8265:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: exitCodeFor

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/lint/types.ts
/** Identity helper that gives a rule module its types. */
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/load/version.ts
const VERSION_RE = /^\d+(?:[._]\d+)*$/;
function parseVersion(raw) {
    if (!VERSION_RE.test(raw))
        return undefined;
    const parts = raw.split(/[._]/).map((p) => p.replace(/^0+(?=\d)/, ''));
    while (parts.length > 1 && parts[parts.length - 1] === '0')
        parts.pop();
    return { raw, parts };
}
/** Canonical text of a version: "1.1" for V1_1, V01.1 and V1.1.0. Equal versions have equal keys. */
function versionKey(v) {
    return v.parts.join('.');
}
function compareNumeric(a, b) {
    if (a.length !== b.length)
        return a.length - b.length;
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareVersions(a, b) {
    const n = Math.max(a.parts.length, b.parts.length);
    for (let i = 0; i < n; i++) {
        const c = compareNumeric(a.parts[i] ?? '0', b.parts[i] ?? '0');
        if (c !== 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Errors that end a run with exit code 2 (usage, configuration, unreadable input): the message
 * is shown as is, never with a stack trace. Findings are not errors; they exit with 1.
 */
class UsageError extends Error {
    name = 'UsageError';
}
class ConfigError extends Error {
    file;
    line;
    column;
    name = 'ConfigError';
    constructor(message, file, line, column) {
        super(file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ${message}` : message);
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;

;// CONCATENATED MODULE: ./src/load/text.ts
/**
 * Source text: strict decoding of bytes in the configured encoding (BOM, invalid sequences, NUL,
 * UTF-16/32 without a declared encoding), line/column positions, and the mapping between UTF-8
 * byte offsets (what libpg-query reports) and string offsets.
 */

const DEFAULT_ENCODING = 'UTF-8';
/** The WHATWG name of an encoding label (e.g. "ISO-8859-1" → "windows-1252"), or undefined if TextDecoder does not know it. */
function encodingName(label) {
    try {
        return new TextDecoder(label).encoding;
    }
    catch {
        return undefined;
    }
}
const BOMS = [
    // UTF-32LE before UTF-16LE: FF FE 00 00 starts with the UTF-16LE mark.
    { encoding: 'utf-32le', name: 'UTF-32LE', bytes: [0xff, 0xfe, 0x00, 0x00] },
    { encoding: 'utf-32be', name: 'UTF-32BE', bytes: [0x00, 0x00, 0xfe, 0xff] },
    { encoding: 'utf-8', name: 'UTF-8', bytes: [0xef, 0xbb, 0xbf] },
    { encoding: 'utf-16le', name: 'UTF-16LE', bytes: [0xff, 0xfe] },
    { encoding: 'utf-16be', name: 'UTF-16BE', bytes: [0xfe, 0xff] },
];
const startsWith = (b, prefix) => b.length >= prefix.length && prefix.every((x, i) => b[i] === x);
const hex = (b) => [...b].map((x) => `0x${x.toString(16).padStart(2, '0')}`).join(' ');
/** What to tell the user to do instead of `encoding` (the configured name): save as that, or set `name`. */
function remedy(encoding, name) {
    return name.startsWith('UTF-32')
        ? `save it as ${encoding} (UTF-32 is not supported)`
        : `save it as ${encoding}, or set encoding: ${name}`;
}
/**
 * Decodes a migration strictly, as Flyway reads it with `encoding` (default UTF-8): a BOM of that
 * encoding is dropped; any other BOM, an invalid byte sequence, a NUL, or a file that looks like
 * UTF-16/32 without a BOM is a `problem`. Throws UsageError for an encoding TextDecoder does not know.
 */
function decodeSql(bytes, encoding = DEFAULT_ENCODING) {
    const canonical = encodingName(encoding);
    if (!canonical)
        throw new UsageError(`unknown encoding "${encoding}" (e.g. UTF-8, UTF-16LE, UTF-16BE, windows-1252)`);
    const bom = BOMS.find((m) => startsWith(bytes, m.bytes));
    if (bom && bom.encoding !== canonical) {
        const message = `the file starts with a ${bom.name} byte order mark (${hex(Uint8Array.from(bom.bytes))}) but the encoding is ${encoding}: ` +
            remedy(encoding, bom.name);
        return withProblem('', false, { offset: 0, message });
    }
    const hadBom = bom !== undefined;
    const body = bom ? bytes.subarray(bom.bytes.length) : bytes;
    const utf16 = canonical === 'utf-16le' || canonical === 'utf-16be';
    let text;
    try {
        text = decodeStrictly(canonical, body);
    }
    catch {
        text = undefined;
    }
    if (text !== undefined && !text.includes('\0') && !utf16)
        return { text, hadBom };
    // Not valid text, or UTF-16 (which a UTF-16/32 file of the other kind decodes as without error):
    // is it UTF-16/32 without a BOM?
    const looks = hadBom ? undefined : unicodeByNuls(body);
    if (looks && looks.encoding !== canonical) {
        const message = `the file looks like ${looks.name} without a byte order mark (${looks.why}): ${remedy(encoding, looks.name)}`;
        return withProblem('', false, { offset: 0, message });
    }
    // The first problem in the file: a NUL (valid in every encoding, so it is in the text decoded
    // before any bad sequence), else the bad sequence.
    const bad = text === undefined ? firstDecodeError(canonical, body) : undefined;
    const before = text ?? bad.before;
    const nul = before.indexOf('\0');
    if (nul >= 0) {
        const what = utf16 ? 'NUL character (U+0000)' : 'NUL byte (0x00)';
        return withProblem(before.slice(0, nul), hadBom, { offset: nul, message: `${what}: PostgreSQL does not accept NUL in SQL text` });
    }
    if (!bad)
        return { text: before, hadBom };
    const seq = hex(body.subarray(bad.start, bad.end));
    const why = `(the file is not valid ${encoding}; set encoding if it is another encoding)`;
    const message = bad.atEnd
        ? `incomplete ${encoding} byte sequence ${seq} at the end of the file ${why}`
        : `invalid ${encoding} byte sequence ${seq} ${why}`;
    return withProblem(before, hadBom, { offset: bad.offset, message });
}
/**
 * TextDecoder with `fatal: true`. Other encodings than UTF-8 are fed in streaming mode and then
 * flushed: Node ≥ 20.18.3 decodes windows-1252 as Latin-1 (0x80 → U+0080, not €) on its one-shot
 * fast path (nodejs/node#60888). UTF-8 keeps the (correct, 3× faster) one-shot path.
 */
function decodeStrictly(encoding, bytes) {
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    if (encoding === 'utf-8')
        return decoder.decode(bytes);
    return decoder.decode(bytes, { stream: true }) + decoder.decode();
}
function withProblem(text, hadBom, problem) {
    return { text, hadBom, problem };
}
/**
 * UTF-16/32 by the pattern of NUL bytes in the first 4 KiB: text that is mostly ASCII has a zero
 * high byte in every code unit (every other byte in UTF-16, three of every four in UTF-32).
 */
function unicodeByNuls(b) {
    const n = Math.min(b.length, 4096);
    if (n < 4)
        return undefined;
    const nuls = [0, 0, 0, 0];
    for (let i = 0; i < n; i++)
        if (b[i] === 0)
            nuls[i % 4]++;
    // Share of NUL bytes at positions ≡ r (mod 4).
    const f = nuls.map((z, r) => z / Math.ceil((n - r) / 4));
    const why32 = 'three NUL bytes in every four';
    if (b.length % 4 === 0) {
        if (f[0] <= 0.1 && f[1] >= 0.6 && f[2] >= 0.9 && f[3] >= 0.9)
            return { encoding: 'utf-32le', name: 'UTF-32LE', why: why32 };
        if (f[0] >= 0.9 && f[1] >= 0.9 && f[2] >= 0.6 && f[3] <= 0.1)
            return { encoding: 'utf-32be', name: 'UTF-32BE', why: why32 };
    }
    if (b.length % 2 !== 0)
        return undefined;
    const even = (nuls[0] + nuls[2]) / Math.ceil(n / 2);
    const odd = (nuls[1] + nuls[3]) / Math.floor(n / 2);
    const why16 = 'NUL bytes at every other position';
    if (even <= 0.1 && odd >= 0.6)
        return { encoding: 'utf-16le', name: 'UTF-16LE', why: why16 };
    if (even >= 0.6 && odd <= 0.1)
        return { encoding: 'utf-16be', name: 'UTF-16BE', why: why16 };
    return undefined;
}
/**
 * Where strict decoding of `body` fails, found with TextDecoder itself: in streaming mode a prefix
 * throws only once it holds a bad sequence, so the shortest prefix that throws ends where the
 * decoder saw the error. `before` is the text decoded before the bad sequence, `offset` its length,
 * and body[start, end) the bytes from the start of the bad sequence to where it was seen.
 */
function firstDecodeError(encoding, body) {
    const stream = (n) => {
        try {
            return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body.subarray(0, n), { stream: true });
        }
        catch {
            return undefined;
        }
    };
    // Largest prefix `ok` that decodes and shortest `bad` that does not: grow, then bisect.
    let ok = 0;
    let bad = Math.min(64, body.length);
    while (bad < body.length && stream(bad) !== undefined) {
        ok = bad;
        bad = Math.min(bad * 2, body.length);
    }
    const atEnd = stream(bad) !== undefined; // every prefix decodes: a sequence is cut off by the end of the file
    if (atEnd)
        ok = bad;
    else {
        while (bad - ok > 1) {
            const mid = (ok + bad) >> 1;
            if (stream(mid) !== undefined)
                ok = mid;
            else
                bad = mid;
        }
    }
    const before = stream(ok);
    // The bad sequence starts at the first byte not yet turned into text.
    let lo = 0;
    let hi = ok;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (stream(mid).length < before.length)
            lo = mid + 1;
        else
            hi = mid;
    }
    return { before, offset: before.length, start: lo, end: atEnd ? body.length : bad, atEnd };
}
/** Maps string offsets to 1-based line/column. Lines end at "\n"; a "\r" before it is not counted. */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        let i = text.indexOf('\n');
        while (i >= 0) {
            this.starts.push(i + 1);
            i = text.indexOf('\n', i + 1);
        }
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: o - this.starts[lo] + 1 };
    }
    lineStart(line) {
        return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    }
    lineText(line) {
        const start = this.lineStart(line);
        const next = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
        return this.text.slice(start, next).replace(/\r$/, '');
    }
}
/**
 * libpg-query works on the UTF-8 encoding of the text and reports byte offsets in parse trees,
 * while PostgreSQL's error cursor counts characters (code points). This converts both to string
 * offsets (UTF-16 code units); for ASCII text all three are the same.
 */
class Utf8Offsets {
    /** Byte offset where each non-ASCII code point starts. */
    byteAt = [];
    /** UTF-8 length of each of those code points. */
    byteLen = [];
    /** Extra bytes (UTF-8 bytes minus UTF-16 units) up to and including each of those code points. */
    extraAfter = [];
    /** String offsets of characters outside the BMP (surrogate pairs: one code point, two units). */
    astralAt = [];
    byteLength;
    constructor(text) {
        let extra = 0;
        // eslint-disable-next-line no-control-regex
        const nonAscii = /[^\x00-\x7f]/g;
        let m;
        while ((m = nonAscii.exec(text)) !== null) {
            const i = m.index;
            const code = text.charCodeAt(i);
            let bytes;
            let units = 1;
            if (code < 0x800)
                bytes = 2;
            else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
                const low = text.charCodeAt(i + 1);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    bytes = 4;
                    units = 2;
                    nonAscii.lastIndex = i + 2;
                    this.astralAt.push(i);
                }
                else
                    bytes = 3;
            }
            else
                bytes = 3; // BMP character, or a lone surrogate (encoded as U+FFFD, 3 bytes)
            this.byteAt.push(i + extra);
            this.byteLen.push(bytes);
            extra += bytes - units;
            this.extraAfter.push(extra);
        }
        this.byteLength = text.length + extra;
    }
    get isAscii() {
        return this.byteAt.length === 0;
    }
    /** String offset of a byte offset (a byte inside a multi-byte character maps to that character). */
    toStringOffset(byteOffset) {
        if (this.byteAt.length === 0 || this.byteAt[0] >= byteOffset)
            return byteOffset;
        // last non-ASCII character starting before byteOffset
        let lo = 0;
        let hi = this.byteAt.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.byteAt[mid] < byteOffset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const before = lo === 0 ? 0 : this.extraAfter[lo - 1];
        const start = this.byteAt[lo];
        if (byteOffset < start + this.byteLen[lo])
            return start - before; // inside the character
        return byteOffset - this.extraAfter[lo];
    }
    /** String offset of a code point offset (PostgreSQL's error cursor counts characters). */
    fromCodePoints(codePoints) {
        let offset = codePoints;
        for (const a of this.astralAt) {
            if (a >= offset)
                break;
            offset++;
        }
        return offset;
    }
}
/** `s` with every character that means something in a regular expression escaped. */
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/load/naming.ts
/**
 * Flyway file naming: V{version}__{description}.sql, R__{description}.sql, plus our layout's
 * rollback files (pattern configurable, default rollback/V{version}__rollback.sql) and seeds/.
 */


const DEFAULT_ROLLBACK_PATTERN = 'rollback/V{version}__rollback.sql';
class RollbackPattern {
    pattern;
    regex;
    /** Directory part of the pattern ("rollback/"), or "" when rollbacks sit next to migrations. */
    dir;
    constructor(pattern) {
        this.pattern = pattern;
        if (!pattern.includes('{version}')) {
            throw new Error(`rollback pattern "${pattern}" must contain {version}`);
        }
        const slash = pattern.lastIndexOf('/');
        this.dir = slash >= 0 ? pattern.slice(0, slash + 1) : '';
        const source = pattern
            .split(/(\{version\}|\{description\})/)
            .map((part) => {
            if (part === '{version}')
                return '(?<version>\\d+(?:[._]\\d+)*)';
            if (part === '{description}')
                return '(?<description>.*?)';
            return escapeRegExp(part);
        })
            .join('');
        this.regex = new RegExp(`^${source}$`);
    }
    /** Path of the rollback file for a version, relative to the migrations root. */
    pathFor(version, description = '') {
        return this.pattern.replace('{version}', () => version).replace('{description}', () => description);
    }
}
function classify(rel, rollback, seedsDir) {
    const m = rollback.regex.exec(rel);
    if (m) {
        const version = parseVersion(m.groups['version']);
        const description = m.groups['description']?.replace(/_/g, ' ');
        if (version)
            return description === undefined ? { kind: 'rollback', version } : { kind: 'rollback', version, description };
    }
    const seedsPrefix = seedsDir.endsWith('/') ? seedsDir : `${seedsDir}/`;
    if (rel.startsWith(seedsPrefix))
        return { kind: 'seed' };
    if (rollback.dir && rel.startsWith(rollback.dir)) {
        return {
            kind: 'invalid',
            problem: `rollback file name does not match the rollback pattern "${rollback.pattern}"`,
        };
    }
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    return classifyBaseName(base);
}
function classifyBaseName(base) {
    if (!base.endsWith('.sql')) {
        if (base.toLowerCase().endsWith('.sql')) {
            return { kind: 'invalid', problem: 'the suffix must be lowercase ".sql" (Flyway matches it exactly)' };
        }
        return { kind: 'invalid', problem: 'not a .sql file: Flyway only runs V{version}__{description}.sql and R__{description}.sql' };
    }
    const stem = base.slice(0, -4);
    if (stem.startsWith('R__')) {
        const description = stem.slice(3).replace(/_/g, ' ');
        if (!description.trim())
            return { kind: 'invalid', problem: 'a repeatable migration needs a description: R__{description}.sql' };
        return { kind: 'repeatable', description };
    }
    if (stem.startsWith('V')) {
        const sep = stem.indexOf('__');
        if (sep < 0) {
            return { kind: 'invalid', problem: 'missing the "__" (double underscore) between version and description' };
        }
        const raw = stem.slice(1, sep);
        if (raw === '')
            return { kind: 'invalid', problem: 'missing version after "V"' };
        const version = parseVersion(raw);
        if (!version) {
            return { kind: 'invalid', problem: `"${raw}" is not a version: use digits separated by "." or "_"` };
        }
        return { kind: 'versioned', version, description: stem.slice(sep + 2).replace(/_/g, ' ') };
    }
    if (/^v\d/.test(stem))
        return { kind: 'invalid', problem: 'the prefix must be an uppercase "V" (Flyway ignores "v" files)' };
    if (/^r__/.test(stem))
        return { kind: 'invalid', problem: 'the prefix must be an uppercase "R__"' };
    if (/^R_[^_]/.test(stem))
        return { kind: 'invalid', problem: 'a repeatable migration needs "R__" (double underscore)' };
    if (/^U\d/.test(stem)) {
        return { kind: 'invalid', problem: 'an undo migration ("U" prefix, Flyway Teams) is not run here: write the rollback as a rollback file instead' };
    }
    return {
        kind: 'invalid',
        problem: 'not a migration name: expected V{version}__{description}.sql or R__{description}.sql',
    };
}

;// CONCATENATED MODULE: ./src/load/placeholders.ts
class OffsetMap {
    replacements;
    constructor(replacements) {
        this.replacements = replacements;
    }
    static identity = new OffsetMap([]);
    /** Original offset of an offset in the replaced text (inside a replacement: its start). */
    toOriginal(offset) {
        let delta = 0;
        for (const r of this.replacements) {
            if (offset < r.newStart)
                break;
            if (offset < r.newEnd)
                return r.origStart;
            delta = r.origEnd - r.newEnd;
        }
        return offset + delta;
    }
}
const PLACEHOLDER_RE = /\$\{([A-Za-z0-9_.:-]+)\}/g;
function substitutePlaceholders(text, ctx) {
    if (!text.includes('${'))
        return { text, map: OffsetMap.identity, unknown: [] };
    const lower = new Map();
    for (const [k, v] of Object.entries(ctx.values))
        lower.set(k.toLowerCase(), v);
    const builtins = new Map();
    for (const [k, v] of Object.entries(ctx.builtins))
        builtins.set(k.toLowerCase(), v);
    const unknown = [];
    const replacements = [];
    let out = '';
    let last = 0;
    for (const m of text.matchAll(PLACEHOLDER_RE)) {
        const name = m[1];
        const key = name.toLowerCase();
        const value = key.startsWith('flyway:') ? builtins.get(key.slice(7)) : lower.get(key);
        if (value === undefined) {
            unknown.push({ name, offset: out.length + (m.index - last) });
            continue;
        }
        out += text.slice(last, m.index);
        const newStart = out.length;
        out += value;
        replacements.push({ origStart: m.index, origEnd: m.index + m[0].length, newStart, newEnd: out.length });
        last = m.index + m[0].length;
    }
    if (replacements.length === 0)
        return { text, map: OffsetMap.identity, unknown };
    out += text.slice(last);
    return { text: out, map: new OffsetMap(replacements), unknown };
}

// EXTERNAL MODULE: ./node_modules/libpg-query/wasm/index.cjs
var wasm = __nccwpck_require__(2627);
;// CONCATENATED MODULE: ./src/parse/lexer.ts
/**
 * A small SQL lexer: the parser's tokenizer for splitting a text PostgreSQL rejects into
 * statements, finding function bodies and mapping PL/pgSQL queries back to the file. It knows
 * what those need — comments (nested), quoted strings and identifiers, E'' escapes, dollar
 * quotes, words, operators (cut as PostgreSQL cuts them) and other punctuation — and it never
 * gives up: an unterminated token runs to the end of the text, as it does for PostgreSQL. It
 * is an order of magnitude faster than libpg-query's scanner, whose tokens cross from WASM as
 * JSON (on a 4 MB corpus: ~40 ms against ~650 ms).
 */
const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
/** Tokens of `text` (whitespace dropped). Never throws. */
function lexSql(text) {
    const out = [];
    lexEach(text, (t) => out.push(t));
    return out;
}
/** Calls `onToken` for each token of `text` in order, without keeping them (for very large texts). */
function lexEach(text, onToken) {
    const n = text.length;
    const push = (kind, start, end) => onToken({ kind, start, end, text: text.slice(start, end) });
    let i = 0;
    while (i < n) {
        const c = text[i];
        const next = text[i + 1];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') {
            i++;
        }
        else if (c === '-' && next === '-') {
            const nl = text.indexOf('\n', i);
            const end = nl < 0 ? n : nl;
            push('comment', i, end);
            i = end;
        }
        else if (c === '/' && next === '*') {
            const start = i;
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text[i] === '/' && text[i + 1] === '*') {
                    depth++;
                    i += 2;
                }
                else if (text[i] === '*' && text[i + 1] === '/') {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
            push(depth > 0 ? 'unterminated' : 'comment', start, Math.min(i, n));
        }
        else if (c === "'" || ((c === 'e' || c === 'E') && next === "'")) {
            const start = i;
            const escapes = c !== "'";
            i += escapes ? 2 : 1;
            let closed = false;
            while (i < n) {
                const d = text[i];
                if (escapes && d === '\\') {
                    i += 2;
                    continue;
                }
                i++;
                if (d === "'") {
                    if (text[i] === "'") {
                        i++;
                        continue;
                    }
                    closed = true;
                    break;
                }
            }
            push(closed ? 'string' : 'unterminated', start, Math.min(i, n));
        }
        else if (c === '"') {
            const start = i;
            let closed = false;
            i++;
            while (i < n) {
                const d = text[i++];
                if (d === '"') {
                    if (text[i] === '"') {
                        i++;
                        continue;
                    }
                    closed = true;
                    break;
                }
            }
            push(closed ? 'string' : 'unterminated', start, i);
        }
        else if (c === '$') {
            DOLLAR_TAG.lastIndex = i;
            const m = DOLLAR_TAG.exec(text);
            if (m) {
                const close = text.indexOf(m[0], i + m[0].length);
                const end = close < 0 ? n : close + m[0].length;
                push(close < 0 ? 'unterminated' : 'string', i, end);
                i = end;
            }
            else {
                // $1 parameter
                const start = i++;
                while (i < n && /[0-9]/.test(text[i]))
                    i++;
                push('word', start, i);
            }
        }
        else if (IDENT_START.test(c) || /[0-9]/.test(c)) {
            // Identifiers, keywords and numbers (B'..', X'..', U&'..' prefixes end up as a word
            // followed by a string, which is all the splitter needs).
            const start = i++;
            while (i < n && (IDENT.test(text[i]) || (text[i] === '.' && /[0-9]/.test(text[start]))))
                i++;
            push('word', start, i);
        }
        else if (OP_CHARS.includes(c)) {
            const start = i;
            i = operatorEnd(text, i);
            push('punct', start, i);
        }
        else if ((c === ':' && (next === ':' || next === '=')) || (c === '.' && next === '.')) {
            push('punct', i, i + 2);
            i += 2;
        }
        else {
            push('punct', i, i + 1);
            i++;
        }
    }
}
/** Characters PostgreSQL's scanner reads as one operator when they follow each other. */
const OP_CHARS = '~!@#^&|`?+-*/%<>=';
/**
 * End of the operator starting at `i`, as PostgreSQL's scanner cuts it: the run of operator
 * characters stops before a comment ("--" or "/*"), and a multi-character operator does not end
 * in "+" or "-" unless it holds one of ~ ! @ # % ^ & | ` ? (so "=-1" is "=" then "-1").
 */
function operatorEnd(text, i) {
    let end = i + 1;
    while (end < text.length && OP_CHARS.includes(text[end]) && !text.startsWith('--', end) && !text.startsWith('/*', end))
        end++;
    if (end - i > 1 && !/[~!@#^&|`?%]/.test(text.slice(i, end))) {
        while (end - i > 1 && (text[end - 1] === '+' || text[end - 1] === '-'))
            end--;
    }
    return end;
}
/**
 * Cuts a large text into blocks of whole statements, each about `target` characters or more
 * (a single statement longer than that is one block), so the parser never holds the whole text.
 * Cuts only at a ";" outside strings, comments, dollar quotes, parentheses and BEGIN ATOMIC
 * bodies; returns the start offsets of the blocks (the first is 0).
 */
function statementBlocks(text, target) {
    const starts = [0];
    let depth = 0;
    let atomic = 0;
    let prev = '';
    let words = [];
    lexEach(text, (t) => {
        if (t.kind === 'comment')
            return;
        const word = t.kind === 'word' ? t.text.toUpperCase() : '';
        if (words.length < 4)
            words.push(word);
        if (atomic > 0) {
            if (word === 'CASE')
                atomic++;
            else if (word === 'END')
                atomic--;
        }
        else if (word === 'ATOMIC' && prev === 'BEGIN')
            atomic = 1;
        else if (t.text === '(')
            depth++;
        else if (t.text === ')')
            depth = Math.max(0, depth - 1);
        else if (t.kind === 'punct' && t.text === ';') {
            // As splitStatements: parentheses hold a ";" only in CREATE RULE … DO (a; b).
            const isRule = words[0] === 'CREATE' && (words[1] === 'RULE' || (words[1] === 'OR' && words[3] === 'RULE'));
            if (depth === 0 || !isRule) {
                if (t.end - starts[starts.length - 1] >= target && t.end < text.length)
                    starts.push(t.end);
                depth = 0;
                words = [];
            }
        }
        prev = word;
    });
    return starts;
}
/** String offset where an unterminated token starts, or -1 when every token is closed. */
function findUnterminated(text) {
    for (const t of lexSql(text))
        if (t.kind === 'unterminated')
            return t.start;
    return -1;
}

;// CONCATENATED MODULE: ./src/parse/parser.ts
/**
 * SQL text → statements with exact offsets, using libpg-query (PostgreSQL's own parser, WASM).
 *
 * Fast path: the whole text is parsed once. When PostgreSQL rejects it, the text is split into
 * statements with our lexer (which knows dollar quotes, E'' strings and nested comments, and
 * never gives up on an unterminated one) and each statement is parsed alone, so one bad
 * statement yields one error and the rest is still linted. PL/pgSQL bodies (DO blocks,
 * functions, procedures) and SQL function bodies are parsed too; the statements inside become
 * `nested` statements whose AST locations map to offsets in the file.
 */



let loaded = false;
/** Loads the WASM module once; every parse function below needs it. */
async function initParser() {
    if (!loaded) {
        await (0,wasm.loadModule)();
        loaded = true;
    }
}
function sourceOf(text, map) {
    return { text, utf8: new Utf8Offsets(text), toFile: map.toFile, toFileEnd: map.toFileEnd, delta: map.delta };
}
/** A verbatim slice of the file starting at `base`. */
function sliceSource(text, base) {
    const toFile = (o) => base + o;
    return sourceOf(text, { toFile, toFileEnd: toFile, delta: base });
}
/** Every offset maps to one file offset (a text that could not be found in the file). */
function fixedMapping(at) {
    return { toFile: () => at, toFileEnd: () => at };
}
/** File offset of a byte offset (an AST location) in the source. */
function locate(src, byteOffset) {
    return src.toFile(src.utf8.toStringOffset(byteOffset));
}
/** File offset just past the character before `local` (for exclusive ends). */
function endOf(src, local, localStart) {
    return local > localStart ? src.toFileEnd(local) : src.toFile(localStart);
}
const TOP = { via: 'top', inLoop: false, loopCommits: false };
function sqlErrorOf(e) {
    if (e && typeof e === 'object' && 'sqlDetails' in e) {
        const d = e.sqlDetails;
        if (d)
            return { message: d.message, cursor: Math.max(0, d.cursorPosition) };
    }
    return undefined;
}
/** Errors PostgreSQL's parser raises without a cursor (e.g. "memory exhausted") still name a problem. */
function anyErrorOf(e) {
    const err = sqlErrorOf(e);
    if (err)
        return err;
    const message = e instanceof Error ? e.message : String(e);
    if (/not initialized/i.test(message))
        throw e;
    return { message, cursor: 0 };
}
/** "… at or near "<the rest of the file>"" after an unterminated token: keep the message short. */
function shortenMessage(message) {
    return message.replace(/( at or near ")([\s\S]*)"$/, (_m, lead, near) => {
        const firstLine = near.split(/\r?\n/)[0];
        const cut = firstLine.length > 40 ? firstLine.slice(0, 40) : firstLine;
        return `${lead}${cut}${cut.length < near.length ? '…' : ''}"`;
    });
}
// ---------------------------------------------------------------------------------------------
// Top level
/**
 * Texts longer than this are parsed in blocks of whole statements: the WASM heap grows with the
 * text parsed at once (and never shrinks), and a parse tree for megabytes of SQL fills it. With
 * 256 KiB blocks a file of 100,000 statements peaks at ~0.2 GB; with 1 MiB blocks, ~0.3 GB.
 */
const BLOCK_CHARS = 1 << 18;
/** Texts longer than this are not parsed (their parse trees alone would take gigabytes). */
const MAX_PARSE_CHARS = 10 * (1 << 20);
function parser_parseSql(input) {
    const out = { statements: [], errors: [] };
    // PostgreSQL's parser reads C strings: a NUL byte ends the text.
    const nul = input.indexOf('\0');
    const text = nul >= 0 ? input.slice(0, nul) : input;
    if (!/\S/.test(text))
        return out;
    if (text.length > MAX_PARSE_CHARS) {
        out.errors.push({
            message: `the file is too large to check (${(text.length / (1 << 20)).toFixed(1)} MB of SQL; the limit is ${MAX_PARSE_CHARS / (1 << 20)} MB), so none of it was parsed`,
            offset: 0,
            start: 0,
            end: 0,
            tooLarge: true,
        });
        return out;
    }
    const blocks = text.length > BLOCK_CHARS ? statementBlocks(text, BLOCK_CHARS) : [0];
    for (let b = 0; b < blocks.length; b++) {
        const from = blocks[b];
        const to = blocks[b + 1] ?? text.length;
        parseBlock(blocks.length === 1 ? text : text.slice(from, to), from, out);
    }
    out.statements.sort((a, b) => a.start - b.start);
    out.errors.sort((a, b) => a.offset - b.offset);
    return out;
}
/** Parses `text`, which starts at file offset `base`, into `out`. */
function parseBlock(text, base, out) {
    if (!/\S/.test(text))
        return;
    const whole = sliceSource(text, base);
    try {
        const res = (0,wasm.parseSync)(text);
        addRawStatements(res.stmts ?? [], whole, out.statements, TOP, out.errors);
        return;
    }
    catch (e) {
        anyErrorOf(e); // rethrows only when the parser is not loaded
    }
    for (const chunk of splitStatements(text)) {
        if (chunk.first < 0)
            continue; // only whitespace and comments
        // Parse the statement with its ";", as PostgreSQL receives it ("DEFAULT;" fails at ";", not at the end).
        const withSemicolon = text[chunk.end] === ';' ? 1 : 0;
        const chunkText = text.slice(chunk.start, chunk.end + withSemicolon);
        const src = sliceSource(chunkText, base + chunk.start);
        try {
            const res = (0,wasm.parseSync)(chunkText);
            addRawStatements(res.stmts ?? [], src, out.statements, TOP, out.errors);
        }
        catch (e) {
            const err = anyErrorOf(e);
            let end = chunk.end;
            while (end > chunk.first && /\s/.test(text[end - 1]))
                end--;
            out.errors.push({
                message: shortenMessage(err.message),
                offset: base + chunk.start + src.utf8.fromCodePoints(err.cursor),
                start: base + chunk.first,
                end: base + end,
            });
        }
    }
}
function addRawStatements(raws, src, into, context, errors) {
    for (const raw of raws) {
        if (!raw.stmt)
            continue;
        const loc = raw.stmt_location ?? 0;
        const localStart = src.utf8.toStringOffset(loc);
        let localEnd = raw.stmt_len ? src.utf8.toStringOffset(loc + raw.stmt_len) : src.text.length;
        localEnd = trimTrailing(src.text, localStart, localEnd);
        const span = { localStart, localEnd, start: src.toFile(localStart), end: endOf(src, localEnd, localStart) };
        into.push(makeStatement(raw.stmt, span, src, context, errors));
    }
}
/** End of the last token in text[start, end): trailing whitespace and comments are not part of a statement. */
function trimTrailing(text, start, end) {
    while (end > start && /\s/.test(text[end - 1]))
        end--;
    // Only a comment at the very end matters: a line comment starts on the last line (it runs to
    // the line's end), a block comment ends with its "*/". Without either, no scan is needed.
    let lastLine = end;
    while (lastLine > start && text[lastLine - 1] !== '\n' && text[lastLine - 1] !== '\r')
        lastLine--;
    if (!text.startsWith('*/', end - 2) && !text.slice(lastLine, end).includes('--'))
        return end;
    const slice = text.slice(start, end);
    if (!slice.includes('--') && !slice.includes('*/'))
        return end;
    const tokens = tokensOf(slice);
    if (!tokens)
        return end;
    for (let i = tokens.length - 1; i >= 0; i--) {
        if (!tokens[i].comment)
            return start + tokens[i].end;
    }
    return end;
}
function makeStatement(wrapper, span, src, context, errors, 
/** A subtree of a statement already made (a statement of a BEGIN ATOMIC body). */
subtree = false) {
    const kind = Object.keys(wrapper)[0] ?? 'Unknown';
    const node = (wrapper[kind] ?? {});
    // A byte offset in an ASCII text that is a verbatim piece of the file is a file offset plus a
    // shift; anything else is rewritten to file offsets now. (The statements of a BEGIN ATOMIC
    // body are subtrees of their CREATE FUNCTION, whose locations are already done.)
    const shifted = src.delta !== undefined && src.utf8.isAscii;
    if (!shifted && !subtree)
        rewriteLocations(node, src);
    const stmt = withOffsetOf({
        kind,
        node,
        start: span.start,
        end: span.end,
        locationDelta: shifted ? src.delta : 0,
        nested: [],
        context,
    });
    if (kind === 'DoStmt' || kind === 'CreateFunctionStmt')
        extractBody(stmt, span, src, errors);
    return stmt;
}
/** Gives a statement its `offsetOf`. */
function withOffsetOf(stmt) {
    const s = stmt;
    s.offsetOf = (location) => (location === undefined || location < 0 ? s.start : s.locationDelta + location);
    return s;
}
/**
 * A parse as JSON text, to cross threads: JSON.stringify and JSON.parse of parse trees are
 * several times faster than a structured clone of them. The `offsetOf` functions and the
 * `context.parent` back-references (always the statement whose `nested` holds the statement)
 * are left out; `parsedFromJson` restores both.
 */
function parsedToJson(parsed) {
    return JSON.stringify(parsed, (key, value) => (key === 'parent' ? undefined : value));
}
function parsedFromJson(json) {
    const parsed = JSON.parse(json);
    const revive = (s, parent) => {
        if (parent)
            s.context.parent = parent;
        withOffsetOf(s);
        for (const n of s.nested)
            revive(n, s);
    };
    for (const s of parsed.statements)
        revive(s);
    return parsed;
}
/** Rewrites every `location` in a parse tree from a byte offset in `src` to a file offset. */
function rewriteLocations(n, src) {
    if (Array.isArray(n)) {
        for (const x of n)
            if (x && typeof x === 'object')
                rewriteLocations(x, src);
        return;
    }
    const o = n;
    for (const key in o) {
        const v = o[key];
        if (typeof v === 'number') {
            if ((key === 'location' || key === 'name_location') && v >= 0)
                o[key] = locate(src, v);
        }
        else if (v && typeof v === 'object')
            rewriteLocations(v, src);
    }
}
/** Tokens of a text PostgreSQL accepted (string offsets), or undefined when a token is unterminated. */
function tokensOf(text) {
    const tokens = lexSql(text);
    for (const t of tokens)
        if (t.kind === 'unterminated')
            return undefined;
    return tokens.map(toTok);
}
function toTok(t) {
    return {
        start: t.start,
        end: t.end,
        text: t.text,
        comment: t.kind === 'comment',
        // Double quotes make an identifier, not a string constant.
        string: t.kind === 'string' && t.text[0] !== '"',
    };
}
/** Index of the first token starting at or after `offset` (tokens are in text order). */
function firstTokenFrom(tokens, offset) {
    let lo = 0;
    for (let hi = tokens.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].start >= offset)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
/**
 * Statement spans (string offsets), split at semicolons outside strings, comments and BEGIN
 * ATOMIC … END function bodies. Parentheses hold semicolons only in CREATE RULE … DO (a; b); in
 * any other statement a ";" inside parentheses is a syntax error there, and ending the
 * statement at it keeps an unbalanced "(" from swallowing the rest of the file.
 */
function splitStatements(text) {
    const tokens = lexSql(text).map(toTok);
    const chunks = [];
    let current = { start: 0, end: text.length, first: -1 };
    let words = [];
    let isRule = false;
    let depth = 0;
    let atomic = 0;
    let prevWord = '';
    for (const t of tokens) {
        if (t.comment)
            continue;
        const word = t.string ? '' : t.text.toUpperCase();
        if (words.length < 4) {
            words.push(word);
            if (words[0] === 'CREATE' && (words[1] === 'RULE' || (words[1] === 'OR' && words[3] === 'RULE')))
                isRule = true;
        }
        if (atomic > 0) {
            if (word === 'CASE')
                atomic++;
            else if (word === 'END')
                atomic--;
        }
        else if (word === 'ATOMIC' && prevWord === 'BEGIN') {
            atomic = 1;
        }
        else if (t.text === '(')
            depth++;
        else if (t.text === ')')
            depth = Math.max(0, depth - 1);
        else if (t.text === ';' && (depth === 0 || !isRule)) {
            current.end = t.start;
            chunks.push(current);
            current = { start: t.start + 1, end: text.length, first: -1 };
            words = [];
            isRule = false;
            depth = 0;
            prevWord = '';
            continue;
        }
        if (current.first < 0)
            current.first = t.start;
        prevWord = word;
    }
    chunks.push(current);
    return chunks;
}
// ---------------------------------------------------------------------------------------------
// Bodies of DO blocks, functions and procedures
function defElems(list) {
    const m = new Map();
    for (const item of list ?? []) {
        const d = item['DefElem'];
        if (d?.['defname'])
            m.set(String(d['defname']), d);
    }
    return m;
}
function stringValue(n) {
    if (!n)
        return undefined;
    if (n['String'])
        return String(n['String']['sval'] ?? '');
    return undefined;
}
function extractBody(stmt, span, src, errors) {
    const isDo = stmt.kind === 'DoStmt';
    const opts = defElems(isDo ? stmt.node['args'] : stmt.node['options']);
    const language = (stringValue(opts.get('language')?.['arg']) ?? (isDo ? 'plpgsql' : 'sql')).toLowerCase();
    const asArg = opts.get('as')?.['arg'];
    const bodyValue = isDo ? stringValue(asArg) : stringValue(asArg?.['List']?.['items']?.[0]);
    const variables = new Set();
    for (const p of stmt.node['parameters'] ?? []) {
        const name = p['FunctionParameter']?.['name'];
        if (typeof name === 'string')
            variables.add(name);
    }
    stmt.body = { language, transactionControl: false, variables: [...variables] };
    const stmtText = src.text.slice(span.localStart, span.localEnd);
    const stmtMap = {
        toFile: (o) => src.toFile(span.localStart + o),
        toFileEnd: (o) => src.toFileEnd(span.localStart + o),
        delta: src.delta === undefined ? undefined : src.delta + span.localStart,
    };
    // SQL-standard bodies (BEGIN ATOMIC … END, RETURN …) are already parsed with the statement.
    const sqlBody = stmt.node['sql_body'];
    if (sqlBody) {
        const items = flattenLists(sqlBody);
        const spans = atomicSpans(stmtText, items.length);
        items.forEach((item, k) => {
            const s = spans?.[k];
            const at = minLocation(item);
            const start = s ? stmtMap.toFile(s.start) : at === undefined ? stmt.start : stmt.offsetOf(at);
            const end = s ? stmtMap.toFileEnd(s.end) : start;
            stmt.nested.push(makeStatement(item, { localStart: span.localStart + (s?.start ?? 0), localEnd: span.localStart + (s?.end ?? 0), start, end }, src, { via: 'sql-body', parent: stmt, inLoop: false, loopCommits: false }, errors, true));
        });
        return;
    }
    if (bodyValue === undefined || (language !== 'plpgsql' && language !== 'sql'))
        return;
    const body = locateBody(stmtText, stmtMap, bodyValue);
    const ctx = (via) => ({ via, parent: stmt, inLoop: false, loopCommits: false });
    if (language === 'sql') {
        if (!/\S/.test(bodyValue))
            return;
        const bsrc = sourceOf(bodyValue, body ?? fixedMapping(stmt.start));
        let res;
        try {
            res = (0,wasm.parseSync)(bodyValue);
        }
        catch (e) {
            // With check_function_bodies on (the default), CREATE FUNCTION rejects a body that does not parse.
            const err = anyErrorOf(e);
            const offset = body ? body.toFile(bsrc.utf8.fromCodePoints(err.cursor)) : stmt.start;
            errors.push({ message: shortenMessage(err.message), offset, start: stmt.start, end: stmt.end });
            return;
        }
        addRawStatements(res.stmts ?? [], bsrc, stmt.nested, ctx('sql-body'), errors);
        return;
    }
    let funcs;
    try {
        funcs = (0,wasm.parsePlPgSQLSync)(stmtText);
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        if (/not initialized/i.test(message))
            throw e;
        const offset = body ? plpgsqlErrorOffset(stmtText, body, message) : stmt.start;
        errors.push({ message: `PL/pgSQL: ${shortenMessage(message)}`, offset, start: stmt.start, end: stmt.end });
        return;
    }
    const fn = funcs['plpgsql_funcs']?.[0]?.['PLpgSQL_function'];
    for (const d of fn?.['datums'] ?? []) {
        const datum = Object.values(d)[0];
        const name = datum?.['refname'];
        if (typeof name === 'string' && !name.startsWith('(') && !name.startsWith('$'))
            variables.add(name);
    }
    stmt.body.variables = [...variables];
    if (!fn?.['action'])
        return;
    new PlpgsqlWalker(stmt, body, bodyValue, errors).walk(fn['action'], ctx('plpgsql'));
}
const LOOPS = new Set([
    'PLpgSQL_stmt_loop',
    'PLpgSQL_stmt_while',
    'PLpgSQL_stmt_fori',
    'PLpgSQL_stmt_fors',
    'PLpgSQL_stmt_forc',
    'PLpgSQL_stmt_foreach_a',
    'PLpgSQL_stmt_dynfors',
]);
/**
 * Walks a PL/pgSQL function tree and turns the SQL it runs (statements, PERFORM, FOR … IN query,
 * RETURN QUERY) into nested statements. PL/pgSQL keeps each query's text verbatim except that
 * PERFORM reads as SELECT and an INTO clause is blanked out, so the query's tokens are matched
 * against the body's tokens to map every AST location back to the file.
 */
class PlpgsqlWalker {
    stmt;
    body;
    errors;
    content;
    lineStarts = [0];
    tokens = null;
    /** Content offset where the previous query ended (queries come in text order). */
    lastEnd = 0;
    constructor(stmt, body, bodyValue, errors) {
        this.stmt = stmt;
        this.body = body;
        this.errors = errors;
        this.content = body?.content ?? bodyValue;
        for (let i = this.content.indexOf('\n'); i >= 0; i = this.content.indexOf('\n', i + 1))
            this.lineStarts.push(i + 1);
    }
    walk(n, ctx) {
        if (Array.isArray(n)) {
            for (const x of n)
                this.walk(x, ctx);
            return;
        }
        if (!n || typeof n !== 'object')
            return;
        const node = n;
        for (const key in node) {
            const value = node[key];
            if (key === 'PLpgSQL_stmt_execsql') {
                this.query(value?.['sqlstmt'], value?.['lineno'], ctx, false);
            }
            else if (key === 'PLpgSQL_stmt_call') {
                // CALL p() and DO $$ … $$ inside PL/pgSQL
                this.query(value?.['expr'], value?.['lineno'], ctx, false);
            }
            else if (key === 'PLpgSQL_stmt_perform') {
                this.query(value?.['expr'], value?.['lineno'], ctx, true);
            }
            else if (key === 'PLpgSQL_stmt_return_query') {
                this.query(value?.['query'], value?.['lineno'], ctx, false);
            }
            else if (key === 'PLpgSQL_stmt_commit' || key === 'PLpgSQL_stmt_rollback') {
                this.stmt.body.transactionControl = true;
            }
            else if (LOOPS.has(key)) {
                if (key !== 'PLpgSQL_stmt_dynfors')
                    this.query(value?.['query'], value?.['lineno'], ctx, false);
                const commits = hasKey(value?.['body'], 'PLpgSQL_stmt_commit');
                this.walk(value?.['body'], { ...ctx, inLoop: true, loopCommits: ctx.loopCommits || commits });
            }
            else if (value && typeof value === 'object') {
                this.walk(value, ctx);
            }
        }
    }
    query(expr, lineno, ctx, perform) {
        const query = expr?.['PLpgSQL_expr']?.['query'];
        if (typeof query !== 'string' || !/\S/.test(query))
            return;
        const lineIdx = Math.max(0, Math.min((lineno ?? 1) - 1, this.lineStarts.length - 1));
        const lineStart = this.lineStarts[lineIdx];
        const nextLine = this.lineStarts[lineIdx + 1] ?? this.content.length + 1;
        const from = this.lastEnd >= lineStart && this.lastEnd < nextLine ? this.lastEnd : lineStart;
        const found = this.verbatim(query, from, perform);
        const map = found?.map ?? this.align(query, from, perform) ?? (from !== lineStart ? this.align(query, lineStart, perform) : undefined);
        let mapping;
        if (map && this.body) {
            const body = this.body;
            mapping = {
                toFile: (o) => body.toFile(map(o)),
                toFileEnd: (o) => body.toFileEnd(map(o - 1) + 1),
                delta: found?.at !== undefined && body.delta !== undefined ? body.delta + found.at : undefined,
            };
            this.lastEnd = map(query.length - 1) + 1;
        }
        else {
            // Not found in the text: every location points at the statement's line.
            const indent = /^[ \t]*/.exec(this.content.slice(lineStart))[0].length;
            mapping = fixedMapping(this.body ? this.body.toFile(lineStart + indent) : this.stmt.start);
        }
        const qsrc = sourceOf(query, mapping);
        let parsed;
        try {
            parsed = (0,wasm.parseSync)(query);
        }
        catch (e) {
            const err = anyErrorOf(e);
            const offset = qsrc.toFile(qsrc.utf8.fromCodePoints(err.cursor));
            this.errors.push({ message: shortenMessage(err.message), offset, start: this.stmt.start, end: this.stmt.end });
            return;
        }
        addRawStatements(parsed.stmts ?? [], qsrc, this.stmt.nested, ctx, this.errors);
    }
    /**
     * The common case without tokens: the query is the body's text from some offset on, except
     * that PL/pgSQL blanked an INTO clause out with spaces (or cut a trailing one off) and, for
     * PERFORM, wrote SELECT over PERFORM. Tries the places from `from` on where the query's first
     * word could start, a few kilobytes at most (the query starts on its statement's line or soon
     * after: RETURN QUERY and FOR … IN put a keyword before it).
     */
    verbatim(query, from, perform) {
        const content = this.content;
        const lead = perform ? 6 : 0; // "SELECT" in the query stands for the 7 characters of "PERFORM"
        if (perform && !query.startsWith('SELECT'))
            return undefined;
        const first = perform ? 'p' : query[0];
        const limit = Math.min(content.length, from + 4096);
        for (let at = from; at < limit; at++) {
            const c = content[at];
            if (perform ? c.toLowerCase() !== first : c !== first)
                continue;
            if (perform && content.slice(at, at + 7).toLowerCase() !== 'perform')
                continue;
            const shift = perform ? 1 : 0;
            if (at + shift + query.length > content.length)
                return undefined;
            let ok = true;
            for (let q = lead; q < query.length; q++) {
                const ch = query.charCodeAt(q);
                // 32: a space PL/pgSQL wrote over an INTO clause
                if (ch !== content.charCodeAt(at + shift + q) && ch !== 32) {
                    ok = false;
                    break;
                }
            }
            if (ok)
                return perform ? { map: (o) => (o < lead ? at + o : at + shift + o) } : { map: (o) => at + o, at };
        }
        return undefined;
    }
    /**
     * The query's tokens (comments dropped). A query that is a verbatim run of whole content
     * tokens has exactly those tokens, so they are taken from the content's scan instead of
     * scanning the query again (a body can hold thousands of queries).
     */
    queryTokens(query) {
        const ctoks = this.tokens;
        const at = ctoks ? this.content.indexOf(query) : -1;
        if (ctoks && at >= 0) {
            const i = firstTokenFrom(ctoks, at);
            const end = at + query.length;
            if (i < ctoks.length && ctoks[i].start === at) {
                let j = i;
                while (j < ctoks.length && ctoks[j].end < end)
                    j++;
                if (j < ctoks.length && ctoks[j].end === end) {
                    return ctoks.slice(i, j + 1).map((t) => ({ ...t, start: t.start - at, end: t.end - at }));
                }
            }
        }
        return tokensOf(query)?.filter((t) => !t.comment);
    }
    /** Maps query offsets to content offsets by matching tokens, starting at content offset `from`. */
    align(query, from, perform) {
        if (this.tokens === null)
            this.tokens = tokensOf(this.content)?.filter((t) => !t.comment);
        const ctoks = this.tokens;
        const qtoks = this.queryTokens(query);
        if (!ctoks || !qtoks || qtoks.length === 0)
            return undefined;
        let k = firstTokenFrom(ctoks, from);
        if (k >= ctoks.length)
            return undefined;
        const pairs = [];
        let j = 0;
        if (perform && qtoks[0].text.toUpperCase() === 'SELECT') {
            while (k < ctoks.length && ctoks[k].text.toUpperCase() !== 'PERFORM')
                k++;
            if (k >= ctoks.length)
                return undefined;
            pairs.push([qtoks[0], ctoks[k]]);
            j = 1;
            k++;
        }
        else {
            while (k < ctoks.length && ctoks[k].text !== qtoks[0].text)
                k++;
            if (k >= ctoks.length)
                return undefined;
            pairs.push([qtoks[0], ctoks[k]]);
            j = 1;
            k++;
        }
        for (; j < qtoks.length; j++) {
            const q = qtoks[j];
            // An INTO target may sit between two query tokens; look a little ahead.
            for (let look = k; look < Math.min(ctoks.length, k + 64); look++) {
                if (ctoks[look].text === q.text) {
                    pairs.push([q, ctoks[look]]);
                    k = look + 1;
                    break;
                }
            }
        }
        return (o) => {
            let lo = 0;
            let hi = pairs.length - 1;
            if (o < pairs[0][0].start)
                return pairs[0][1].start;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (pairs[mid][0].start <= o)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            const [q, c] = pairs[lo];
            return c.start + Math.min(o - q.start, Math.max(0, c.end - c.start - 1));
        };
    }
}
/** Whether a key occurs anywhere in a tree. */
function hasKey(n, key) {
    if (Array.isArray(n))
        return n.some((x) => hasKey(x, key));
    if (!n || typeof n !== 'object')
        return false;
    const o = n;
    for (const k in o)
        if (k === key || hasKey(o[k], key))
            return true;
    return false;
}
/**
 * PL/pgSQL errors carry no position. Find the shortest prefix of the body that still fails with
 * the same message (a syntax error is raised when its token is read), then refine: a statement
 * whose embedded SQL fails is parsed alone to get PostgreSQL's cursor, and an error naming a
 * token ("at or near "x"") points at that token.
 */
function plpgsqlErrorOffset(stmtText, body, message) {
    const content = body.content;
    const firstToken = content.length - content.trimStart().length;
    if (/at end of input/.test(message))
        return body.toFile(content.length);
    const tokens = tokensOf(content)?.filter((t) => !t.comment);
    const near = /at or near "(.*)"$/.exec(message)?.[1] ?? /"([^"]+)"/.exec(message)?.[1];
    if (!tokens || tokens.length === 0) {
        const at = near ? content.indexOf(near) : -1;
        return body.toFile(at >= 0 ? at : firstToken);
    }
    const fails = (upTo) => {
        const cut = body.toRaw(tokens[upTo].end);
        const truncated = stmtText.slice(0, cut) + stmtText.slice(body.rawEnd);
        try {
            (0,wasm.parsePlPgSQLSync)(truncated);
            return false;
        }
        catch (e) {
            return (e instanceof Error ? e.message : String(e)) === message;
        }
    };
    // Smallest token index whose prefix reproduces the error (the whole body does).
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (fails(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    const r = lo;
    const same = (t) => near !== undefined && (t.text === near || t.text.toLowerCase() === near.toLowerCase());
    if (same(tokens[r]))
        return body.toFile(tokens[r].start);
    // Back to the start of the PL/pgSQL statement the error was found in.
    let s = r - 1;
    while (s >= 0 && !/^(;|BEGIN|THEN|ELSE|LOOP|DECLARE)$/i.test(tokens[s].text))
        s--;
    const sqlStart = s >= 0 ? tokens[s].end : 0;
    const sqlEnd = tokens[r].text === ';' ? tokens[r].start : tokens[r].end;
    const sql = content.slice(sqlStart, sqlEnd);
    try {
        (0,wasm.parseSync)(sql);
    }
    catch (e) {
        const err = sqlErrorOf(e);
        if (err && message.endsWith(err.message)) {
            return body.toFile(sqlStart + new Utf8Offsets(sql).fromCodePoints(err.cursor));
        }
    }
    for (let i = s + 1; i <= r; i++)
        if (same(tokens[i]))
            return body.toFile(tokens[i].start);
    return body.toFile(tokens[Math.max(0, s + 1)].start);
}
function flattenLists(n) {
    if (n['List'])
        return (n['List']['items'] ?? []).flatMap(flattenLists);
    return [n];
}
function minLocation(n) {
    let min;
    const visit = (x) => {
        if (Array.isArray(x))
            x.forEach(visit);
        else if (x && typeof x === 'object') {
            for (const [k, v] of Object.entries(x)) {
                if (k === 'location' && typeof v === 'number' && v >= 0)
                    min = min === undefined ? v : Math.min(min, v);
                else
                    visit(v);
            }
        }
    };
    visit(n);
    return min;
}
/**
 * Spans (statement-text offsets) of the statements of a SQL-standard body: the ones between
 * BEGIN ATOMIC and its END, or the RETURN clause. Undefined when they cannot be matched to `count`.
 */
function atomicSpans(stmtText, count) {
    const tokens = tokensOf(stmtText)?.filter((t) => !t.comment);
    if (!tokens)
        return undefined;
    const upper = tokens.map((t) => (t.string ? '' : t.text.toUpperCase()));
    const spans = [];
    let i = upper.findIndex((w, k) => w === 'BEGIN' && upper[k + 1] === 'ATOMIC');
    if (i < 0) {
        const ret = upper.lastIndexOf('RETURN');
        if (ret < 0 || count !== 1)
            return undefined;
        return [{ start: tokens[ret].start, end: tokens[tokens.length - 1].end }];
    }
    i += 2;
    let depth = 0;
    let begin = -1;
    for (; i < tokens.length; i++) {
        const w = upper[i];
        if (w === 'END' && depth === 0)
            break;
        if (w === 'CASE')
            depth++;
        else if (w === 'END')
            depth--;
        if (tokens[i].text === ';' && depth === 0) {
            if (begin >= 0)
                spans.push({ start: tokens[begin].start, end: tokens[i - 1].end });
            begin = -1;
        }
        else if (begin < 0)
            begin = i;
    }
    if (begin >= 0)
        spans.push({ start: tokens[begin].start, end: tokens[i - 1].end });
    return spans.length === count ? spans : undefined;
}
/**
 * Finds the string constant holding a body in a statement's text, and how its content maps to
 * the file: dollar quotes verbatim, '' and E'' strings through their escapes.
 */
function locateBody(stmtText, stmtMap, value) {
    const fast = dollarBodyToken(stmtText, value);
    const tokens = fast ? [fast] : tokensOf(stmtText);
    if (!tokens)
        return undefined;
    for (const t of tokens) {
        if (!t.string)
            continue;
        const decoded = decodeStringToken(t.text);
        if (!decoded || decoded.content !== value)
            continue;
        const rawIndex = decoded.rawIndex;
        const toRaw = (o) => t.start + rawIndex(Math.max(0, Math.min(o, value.length)));
        return {
            content: value,
            // Characters are contiguous in the token, so where one ends the next begins.
            toFile: (o) => stmtMap.toFile(toRaw(o)),
            toFileEnd: (o) => stmtMap.toFileEnd(toRaw(o)),
            delta: decoded.shift !== undefined && stmtMap.delta !== undefined ? stmtMap.delta + t.start + decoded.shift : undefined,
            toRaw,
            rawStart: toRaw(0),
            rawEnd: toRaw(value.length),
        };
    }
    return undefined;
}
/**
 * Fast path of locateBody for a long dollar-quoted body (scanning a large body token is slow):
 * the first occurrence of the value, between two equal dollar delimiters, is the token sought
 * when the text before it scans cleanly (not inside a string or comment, at a token boundary)
 * and holds no earlier string token with the same value. Undefined: do the full scan.
 */
function dollarBodyToken(stmtText, value) {
    if (!value)
        return undefined;
    const at = stmtText.indexOf(value);
    if (at < 0)
        return undefined;
    const delim = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z_0-9\u0080-\uffff]*)?\$$/.exec(stmtText.slice(Math.max(0, at - 100), at))?.[0];
    if (!delim || !stmtText.startsWith(delim, at + value.length) || value.includes(delim))
        return undefined;
    const start = at - delim.length;
    if (start > 0 && /[A-Za-z_0-9$\u0080-\uffff]/.test(stmtText[start - 1]))
        return undefined;
    const before = tokensOf(stmtText.slice(0, start));
    if (!before)
        return undefined;
    if (before.length && before[before.length - 1].comment)
        return undefined;
    for (const t of before)
        if (t.string && decodeStringToken(t.text)?.content === value)
            return undefined;
    const end = at + value.length + delim.length;
    return { start, end, text: stmtText.slice(start, end), comment: false, string: true };
}
/** The value of a string token and, for each content offset, its offset in the token's text. */
function decodeStringToken(raw) {
    const dollar = /^\$[^$]*\$/.exec(raw);
    if (dollar) {
        const p = dollar[0].length;
        return { content: raw.slice(p, raw.length - p), rawIndex: (o) => p + o, shift: p };
    }
    let i;
    let escapes;
    if (raw.startsWith("'")) {
        i = 1;
        escapes = false;
    }
    else if (/^[eE]'/.test(raw)) {
        i = 2;
        escapes = true;
    }
    else
        return undefined;
    const last = raw.length - 1; // the closing quote
    let content = '';
    const index = [];
    const emit = (s, at) => {
        for (let k = 0; k < s.length; k++)
            index.push(at);
        content += s;
    };
    while (i < last) {
        const c = raw[i];
        if (c === "'" && raw[i + 1] === "'") {
            emit("'", i);
            i += 2;
            continue;
        }
        if (escapes && c === '\\' && i + 1 < last) {
            const d = raw[i + 1];
            const simple = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
            let m;
            if (simple[d] !== undefined) {
                emit(simple[d], i);
                i += 2;
            }
            else if ((m = /^[0-7]{1,3}/.exec(raw.slice(i + 1, i + 4)))) {
                emit(String.fromCodePoint(parseInt(m[0], 8)), i);
                i += 1 + m[0].length;
            }
            else if ((m = /^x([0-9A-Fa-f]{1,2})/.exec(raw.slice(i + 1, i + 4)))) {
                emit(String.fromCodePoint(parseInt(m[1], 16)), i);
                i += 1 + m[0].length;
            }
            else if ((m = /^u([0-9A-Fa-f]{4})/.exec(raw.slice(i + 1, i + 6))) || (m = /^U([0-9A-Fa-f]{8})/.exec(raw.slice(i + 1, i + 10)))) {
                emit(String.fromCodePoint(parseInt(m[1], 16)), i);
                i += 1 + m[0].length;
            }
            else {
                emit(d, i);
                i += 2;
            }
            continue;
        }
        emit(c, i);
        i++;
    }
    index.push(last);
    return { content, rawIndex: (o) => index[o] ?? last };
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/model/checksum.ts

/**
 * Flyway's checksum of a migration: CRC32 over the UTF-8 bytes of its lines with the line
 * terminators (\n, \r\n, \r) removed and a leading BOM stripped, as a signed 32-bit integer.
 * `text` is the decoded file content (BOM already removed by decodeSql).
 */
function flywayChecksum(text) {
    const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    // In chunks, chaining the CRC: removing the terminators of a 50 MB text at once costs two
    // more copies of it (a string and its UTF-8 bytes). Every \r and \n goes, so a \r\n split
    // between chunks is no problem; a surrogate pair must not be split (each half alone would
    // encode as U+FFFD).
    let crc = 0;
    for (let i = from; i < text.length;) {
        let end = Math.min(text.length, i + CHUNK);
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end++;
        crc = (0,external_node_zlib_namespaceObject.crc32)(text.slice(i, end).replace(/[\r\n]/g, ''), crc);
        i = end;
    }
    return crc | 0;
}
const CHUNK = 1 << 16;

;// CONCATENATED MODULE: ./src/model/project.ts
/**
 * The migration model: a migrations directory's files, classified (versioned, repeatable,
 * rollback, seed), decoded, placeholder-substituted and parsed, in Flyway's execution order.
 * Pure: files come in as bytes, nothing here touches the disk or git.
 */






function kindOrder(f) {
    return f.kind === 'versioned' ? 0 : f.kind === 'repeatable' ? 1 : 2;
}
/** Flyway's execution order: versions ascending, then repeatables by description. */
function compareMigrations(a, b) {
    const k = kindOrder(a) - kindOrder(b);
    if (k !== 0)
        return k;
    if (a.version && b.version) {
        const c = compareVersions(a.version, b.version);
        if (c !== 0)
            return c;
    }
    const d = (a.description ?? '').localeCompare(b.description ?? '');
    return d !== 0 ? d : a.rel.localeCompare(b.rel);
}
/** Parses in-process; see `prepareProject` to parse elsewhere (e.g. on worker threads). */
function buildProject(root, sources, opts) {
    const prepared = prepareProject(root, sources, opts);
    return prepared.finish(prepared.texts.map(parseSql));
}
/** Everything but parsing, which is left to the caller. */
function prepareProject(root, sources, opts) {
    const rollbackPattern = new RollbackPattern(opts.rollbackPattern);
    let base;
    if (opts.base) {
        base = new Map();
        for (const b of opts.base) {
            const c = classify(b.rel, rollbackPattern, opts.seedsDir);
            const text = decodeSql(b.bytes, opts.encoding).text;
            base.set(b.rel, {
                rel: b.rel,
                path: b.path,
                bytes: b.bytes,
                kind: c.kind,
                version: c.version,
                description: c.description,
                text,
                checksum: flywayChecksum(text),
            });
        }
    }
    const files = sources
        .map((s) => loadFile(s, rollbackPattern, opts, base))
        .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    return {
        texts: files.map((f) => f.text),
        finish(parsed) {
            files.forEach((f, i) => (f.parsed = parsed[i]));
            return assemble(root, rollbackPattern, files, base, opts);
        },
    };
}
function assemble(root, rollbackPattern, files, base, opts) {
    const rollbacks = new Map();
    for (const f of files)
        if (f.kind === 'rollback' && f.version)
            rollbacks.set(versionKey(f.version), f);
    for (const f of files) {
        if (f.kind === 'versioned' && f.version)
            f.rollback = rollbacks.get(versionKey(f.version));
    }
    const migrations = files.filter((f) => f.kind === 'versioned' || f.kind === 'repeatable').sort(compareMigrations);
    return { root, rollbackPattern, files, migrations, base, targets: opts.targets };
}
const NOT_PARSED = Object.freeze({ statements: [], errors: [] });
function loadFile(s, rollback, opts, base) {
    const c = classify(s.rel, rollback, opts.seedsDir);
    const decoded = decodeSql(s.bytes, opts.encoding);
    const filename = s.rel.slice(s.rel.lastIndexOf('/') + 1);
    // A file that is not valid text in its encoding is parsed as empty: nothing in it can be run.
    const source = decoded.problem ? '' : decoded.text;
    const sub = substitutePlaceholders(source, {
        values: opts.placeholders,
        builtins: { ...opts.builtins, filename },
    });
    const lines = new LineIndex(decoded.text);
    const map = sub.map;
    return {
        path: s.path,
        rel: s.rel,
        kind: c.kind,
        version: c.version,
        description: c.description,
        namingProblem: c.problem,
        decoded,
        text: sub.text,
        parsed: NOT_PARSED,
        unknownPlaceholders: sub.unknown,
        checksum: flywayChecksum(decoded.text),
        isNew: base ? !base.has(s.rel) : true,
        position: (offset) => lines.position(map.toOriginal(offset)),
        lines,
    };
}
/** A file that exists only at the base ref (deleted since): findings about it point at line 1. */
function ghostFile(path, rel, kind) {
    const lines = new LineIndex('');
    return {
        path,
        rel,
        kind,
        decoded: { text: '', hadBom: false },
        text: '',
        parsed: { statements: [], errors: [] },
        unknownPlaceholders: [],
        checksum: 0,
        isNew: false,
        position: () => ({ line: 1, column: 1 }),
        lines,
    };
}

;// CONCATENATED MODULE: ./rules/applied-migration-modified.ts



const HELP = 'Restore the file as it is on the base branch and make the change in a new migration (forward-only).';
/** First line (1-based) where two texts differ, ignoring line terminators as Flyway's checksum does. */
function firstDifferentLine(a, b) {
    const la = a.split(/\r\n|\r|\n/);
    const lb = b.split(/\r\n|\r|\n/);
    const n = Math.max(la.length, lb.length);
    for (let i = 0; i < n; i++)
        if (la[i] !== lb[i])
            return Math.min(i + 1, Math.max(1, lb.length));
    return 1;
}
/* harmony default export */ const applied_migration_modified = (defineRule({
    meta: {
        id: 'applied-migration-modified',
        description: 'With --base: a versioned migration (or its rollback) that exists at the base and was modified, deleted or renamed.',
        severity: 'error',
        help: HELP,
        appliesTo: ['versioned', 'rollback'],
    },
    create(context) {
        const { project } = context;
        return {
            project() {
                if (!project.base)
                    return;
                const head = new Map(project.files.map((f) => [f.rel, f]));
                // New files already matched as the new name of a merged one.
                const claimed = new Set();
                const merged = [...project.base.values()]
                    .filter((b) => b.kind === 'versioned' || b.kind === 'rollback')
                    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
                const gone = [];
                for (const b of merged) {
                    const now = head.get(b.rel);
                    if (!now) {
                        gone.push(b);
                        continue;
                    }
                    if (now.checksum === b.checksum)
                        continue;
                    context.report({
                        file: now,
                        position: { line: firstDifferentLine(b.text, now.decoded.text), column: 1 },
                        message: b.kind === 'rollback'
                            ? `${describe(b)} changed after its migration was merged: the rollback reviewed with the migration is replaced by one never tested against the databases that applied it`
                            : `${describe(b)} was already merged and was modified: databases that applied it keep the old version, and Flyway's validate fails with a checksum mismatch (was ${b.checksum}, now ${now.checksum})`,
                    });
                }
                // Renames: first the same version under a new name, then the same content under a new name.
                const renames = new Map();
                const candidates = project.files.filter((f) => f.isNew);
                for (const b of gone) {
                    const f = candidates.find((c) => !claimed.has(c) && c.kind === b.kind && sameVersion(c, b));
                    if (f) {
                        renames.set(b, f);
                        claimed.add(f);
                    }
                }
                for (const b of gone) {
                    if (renames.has(b))
                        continue;
                    const f = candidates.find((c) => !claimed.has(c) && c.kind === b.kind && c.checksum === b.checksum);
                    if (f) {
                        renames.set(b, f);
                        claimed.add(f);
                    }
                }
                for (const b of gone) {
                    const renamed = renames.get(b);
                    if (renamed) {
                        context.report({
                            file: renamed,
                            message: b.kind === 'rollback'
                                ? `${describe(b)} was renamed from ${b.path}: it no longer pairs with the merged migration it undoes`
                                : `${describe(b)} was renamed from ${b.path}: Flyway sees the applied ${b.path} as missing and ${renamed.path} as a different migration (description or version mismatch)`,
                            help: 'Keep the merged file name; fix the name only in migrations that were never merged.',
                        });
                    }
                    else {
                        context.report({
                            file: ghostFile(b.path, b.rel, b.kind),
                            message: b.kind === 'rollback'
                                ? `${describe(b)} was deleted after its migration was merged: databases that applied the migration no longer have a tested way back`
                                : `${describe(b)} was deleted after it was merged: databases that applied it still have its changes, and Flyway's validate reports it as missing`,
                            help: b.kind === 'rollback'
                                ? 'Restore the rollback script as it is on the base branch.'
                                : 'Restore the file; undo its effect with a new migration instead.',
                        });
                    }
                }
            },
        };
    },
}));
function describe(b) {
    const version = b.version?.raw;
    if (b.kind === 'rollback')
        return version ? `rollback script for version ${version}` : 'rollback script';
    return version ? `migration ${version}` : 'migration';
}
function sameVersion(f, b) {
    return f.version !== undefined && b.version !== undefined && versionKey(f.version) === versionKey(b.version);
}

;// CONCATENATED MODULE: ./src/model/ast.ts
/** "schema.name", with the default schema "public"; the key the catalog uses. */
function relationKey(rv) {
    if (!rv?.relname)
        return undefined;
    return `${rv.schemaname ?? 'public'}.${rv.relname}`;
}
/** Key of a qualified name given as a list of String nodes (DROP … objects, index names). */
function nameListKey(list) {
    const parts = (list ?? []).map((n) => ('String' in n ? n.String.sval : undefined));
    if (parts.length === 0 || parts.some((p) => p === undefined))
        return undefined;
    const names = parts;
    if (names.length === 1)
        return `public.${names[0]}`;
    return names.slice(-2).join('.');
}
/** Display form of a key: "public.users" → "users". */
function displayName(key) {
    return key.startsWith('public.') ? key.slice(7) : key;
}
/** Calls `fn` for every object in the tree (depth first), with the key it was found under. */
function walk(tree, fn, key = '') {
    if (Array.isArray(tree)) {
        for (const item of tree)
            walk(item, fn, key);
        return;
    }
    if (!tree || typeof tree !== 'object')
        return;
    const node = tree;
    fn(node, key);
    // for…in visits a parse tree's own keys in Object.entries' order, without building the pairs.
    for (const k in node) {
        const v = node[k];
        if (v && typeof v === 'object')
            walk(v, fn, k);
    }
}
/** All nodes of a type anywhere inside a tree. */
function findAll(tree, kind) {
    const out = [];
    walk(tree, (n) => {
        if (kind in n)
            out.push(n[kind]);
    });
    return out;
}
/** DefElem options as a name → value map (booleans for flags such as CONCURRENTLY). */
function hasOption(options, name) {
    for (const o of options ?? []) {
        if ('DefElem' in o && o.DefElem.defname === name) {
            const arg = o.DefElem.arg;
            if (!arg)
                return true;
            if ('Boolean' in arg)
                return arg.Boolean.boolval === true;
            if ('Integer' in arg)
                return arg.Integer.ival !== 0;
            if ('String' in arg)
                return !/^(false|off|0)$/i.test(arg.String.sval ?? '');
            return true;
        }
    }
    return false;
}
/** The ALTER TABLE sub-commands of a statement (other list items are not commands). */
function alterTableCommands(node) {
    return (node.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : []));
}

;// CONCATENATED MODULE: ./src/model/statements.ts

/**
 * Why a statement cannot run inside a transaction block (PostgreSQL raises
 * "… cannot run inside a transaction block", SQLSTATE 25001), or undefined when it can.
 */
function nonTransactional(stmt) {
    const n = stmt.node;
    switch (stmt.kind) {
        case 'IndexStmt':
            return n['concurrent'] ? 'CREATE INDEX CONCURRENTLY' : undefined;
        case 'DropStmt':
            return n['concurrent'] ? 'DROP INDEX CONCURRENTLY' : undefined;
        case 'ReindexStmt': {
            if (hasOption(n['params'], 'concurrently'))
                return 'REINDEX CONCURRENTLY';
            const kind = String(n['kind']);
            if (kind === 'REINDEX_OBJECT_DATABASE' || kind === 'REINDEX_OBJECT_SYSTEM' || kind === 'REINDEX_OBJECT_SCHEMA') {
                return `REINDEX ${kind.replace('REINDEX_OBJECT_', '')}`;
            }
            return undefined;
        }
        case 'AlterTableStmt': {
            for (const c of n['cmds'] ?? []) {
                const cmd = c['AlterTableCmd'];
                if (cmd?.subtype === 'AT_DetachPartition' && cmd.def?.['PartitionCmd']?.concurrent) {
                    return 'ALTER TABLE … DETACH PARTITION … CONCURRENTLY';
                }
            }
            return undefined;
        }
        case 'VacuumStmt':
            return n['is_vacuumcmd'] ? 'VACUUM' : undefined;
        case 'CreatedbStmt':
            return 'CREATE DATABASE';
        case 'DropdbStmt':
            return 'DROP DATABASE';
        case 'AlterSystemStmt':
            return 'ALTER SYSTEM';
        case 'CreateTableSpaceStmt':
            return 'CREATE TABLESPACE';
        case 'DropTableSpaceStmt':
            return 'DROP TABLESPACE';
        case 'ClusterStmt':
            return n['relation'] ? undefined : 'CLUSTER (of every table)';
        case 'CreateSubscriptionStmt':
            return hasOptionFalse(n['options'], 'create_slot') ? undefined : 'CREATE SUBSCRIPTION (creating a slot)';
        case 'DropSubscriptionStmt':
            return 'DROP SUBSCRIPTION (with a replication slot)';
        case 'AlterDatabaseStmt':
            return (n['options'] ?? []).some((o) => o.DefElem?.defname === 'tablespace')
                ? 'ALTER DATABASE … SET TABLESPACE'
                : undefined;
        case 'DiscardStmt':
            return n['target'] === 'DISCARD_ALL' ? 'DISCARD ALL' : undefined;
        case 'TransactionStmt':
            if (n['kind'] === 'TRANS_STMT_COMMIT_PREPARED')
                return 'COMMIT PREPARED';
            if (n['kind'] === 'TRANS_STMT_ROLLBACK_PREPARED')
                return 'ROLLBACK PREPARED';
            return undefined;
        default:
            return undefined;
    }
}
function hasOptionFalse(options, name) {
    for (const o of (options ?? [])) {
        if (o.DefElem?.defname !== name)
            continue;
        const arg = o.DefElem.arg;
        const v = arg?.['String']?.['sval'] ?? arg?.['Boolean']?.['boolval'] ?? arg?.['Integer']?.['ival'];
        return v === false || v === 0 || /^(false|off|0)$/i.test(String(v));
    }
    return false;
}
/**
 * Why a statement ends the transaction it runs in (a DO block or a called procedure that
 * COMMITs or ROLLBACKs), or undefined. Inside a transaction block, or from a function, this fails
 * with "invalid transaction termination" (SQLSTATE 2D000); at top level, outside a block, it works.
 */
function endsTransaction(stmt, lookup, seen = new Set()) {
    if (stmt.kind === 'DoStmt') {
        if (stmt.body?.transactionControl)
            return 'a DO block that COMMITs or ROLLBACKs';
        for (const n of stmt.nested) {
            const inner = endsTransaction(n, lookup, seen);
            if (inner)
                return `a DO block that runs ${inner}`;
        }
        return undefined;
    }
    if (stmt.kind !== 'CallStmt' || !lookup)
        return undefined;
    const key = nameListKey(stmt.node['funccall']?.['funcname']);
    if (!key || seen.has(key))
        return undefined;
    const proc = lookup(key);
    if (!proc)
        return undefined;
    const name = key.replace(/^public\./, '');
    if (proc.body?.transactionControl)
        return `CALL ${name}(), a procedure that COMMITs or ROLLBACKs`;
    seen.add(key);
    try {
        for (const n of proc.nested) {
            const inner = endsTransaction(n, lookup, seen);
            if (inner)
                return `CALL ${name}(), which runs ${inner}`;
        }
    }
    finally {
        seen.delete(key);
    }
    return undefined;
}
/** A statement that must run at top level outside a transaction block, and why. */
function mustRunOutsideTransaction(stmt, lookup) {
    return nonTransactional(stmt) ?? endsTransaction(stmt, lookup);
}
/** Statements that neither need nor break atomicity: session settings and ANALYZE. */
function isNeutral(stmt) {
    if (stmt.kind === 'VariableSetStmt' || stmt.kind === 'VariableShowStmt')
        return true;
    return stmt.kind === 'VacuumStmt' && !stmt.node['is_vacuumcmd'];
}
function transactionControl(stmt) {
    if (stmt.kind !== 'TransactionStmt')
        return undefined;
    switch (String(stmt.node['kind'])) {
        case 'TRANS_STMT_BEGIN':
        case 'TRANS_STMT_START':
            return 'begin';
        case 'TRANS_STMT_COMMIT':
            return 'commit';
        case 'TRANS_STMT_ROLLBACK':
            return 'rollback';
        case 'TRANS_STMT_PREPARE':
        case 'TRANS_STMT_COMMIT_PREPARED':
        case 'TRANS_STMT_ROLLBACK_PREPARED':
            return 'prepare';
        default:
            return 'savepoint';
    }
}
/** The top-level statement a nested one runs in (through DO blocks and called functions). */
function topLevelStatement(stmt) {
    let s = stmt;
    while (s.context.callSite || s.context.parent)
        s = s.context.callSite ?? s.context.parent;
    return s;
}
/** File offset of the first match of a global pattern inside the statement, at or after `from`. */
function clauseOffset(file, stmt, from, pattern) {
    pattern.lastIndex = Math.max(from, stmt.start);
    const m = pattern.exec(file.text.slice(0, stmt.end));
    return m ? m.index : undefined;
}
const RENAMED = { OBJECT_ROLE: 'role', OBJECT_DATABASE: 'database', OBJECT_TABLESPACE: 'tablespace' };
/**
 * A statement that acts on the whole PostgreSQL cluster rather than the database it runs in
 * (roles, databases, tablespaces and ALTER SYSTEM are shared by every database of a server:
 * PostgreSQL docs, "Database Roles", "Managing Databases", "Tablespaces"), with its verb, e.g.
 * { object: 'database', verb: 'DROP DATABASE' }; undefined for every other statement.
 */
function clusterWide(stmt) {
    const n = stmt.node;
    switch (stmt.kind) {
        case 'CreateRoleStmt':
            return { object: 'role', verb: 'CREATE ROLE' };
        case 'AlterRoleStmt':
        case 'AlterRoleSetStmt':
            return { object: 'role', verb: 'ALTER ROLE' };
        case 'DropRoleStmt':
            return { object: 'role', verb: 'DROP ROLE' };
        case 'GrantRoleStmt':
            return { object: 'role', verb: n['is_grant'] ? 'GRANT role membership' : 'REVOKE role membership' };
        case 'CreatedbStmt':
            return { object: 'database', verb: 'CREATE DATABASE' };
        case 'DropdbStmt':
            return { object: 'database', verb: 'DROP DATABASE' };
        case 'AlterDatabaseStmt':
        case 'AlterDatabaseSetStmt':
        case 'AlterDatabaseRefreshCollStmt':
            return { object: 'database', verb: 'ALTER DATABASE' };
        case 'CreateTableSpaceStmt':
            return { object: 'tablespace', verb: 'CREATE TABLESPACE' };
        case 'DropTableSpaceStmt':
            return { object: 'tablespace', verb: 'DROP TABLESPACE' };
        case 'AlterTableSpaceOptionsStmt':
            return { object: 'tablespace', verb: 'ALTER TABLESPACE' };
        case 'AlterSystemStmt':
            return { object: 'server configuration', verb: 'ALTER SYSTEM' };
        case 'RenameStmt': {
            const object = RENAMED[String(n['renameType'])];
            return object ? { object, verb: `ALTER ${object.toUpperCase()} … RENAME` } : undefined;
        }
        case 'AlterOwnerStmt': {
            const object = RENAMED[String(n['objectType'])];
            return object ? { object, verb: `ALTER ${object.toUpperCase()} … OWNER` } : undefined;
        }
        default:
            return undefined;
    }
}
/** Role names a role statement names (CREATE/ALTER/DROP ROLE, GRANT/REVOKE membership, RENAME). */
function rolesNamed(stmt) {
    const n = stmt.node;
    const spec = (r) => r?.RoleSpec?.rolename;
    const out = [];
    switch (stmt.kind) {
        case 'CreateRoleStmt':
            out.push(n['role']);
            break;
        case 'AlterRoleStmt':
        case 'AlterRoleSetStmt':
            out.push(n['role']?.rolename ?? spec(n['role']));
            break;
        case 'DropRoleStmt':
            for (const r of n['roles'] ?? [])
                out.push(spec(r));
            break;
        case 'GrantRoleStmt':
            for (const r of n['granted_roles'] ?? [])
                out.push(r?.AccessPriv?.priv_name);
            for (const r of n['grantee_roles'] ?? [])
                out.push(spec(r));
            break;
        case 'RenameStmt':
            out.push(n['subname'], n['newname']);
            break;
    }
    return out.filter((x) => typeof x === 'string');
}
/** Every statement of the files, top-level and nested (DO blocks, function bodies), in order. */
function eachStatement(files, fn) {
    const visit = (s) => {
        fn(s);
        for (const n of s.nested)
            visit(n);
    };
    for (const f of files)
        for (const s of f.parsed.statements)
            visit(s);
}
/** Roles the files create (CREATE ROLE/USER/GROUP, also inside DO blocks), by name. */
function rolesCreatedBy(files) {
    const names = new Set();
    eachStatement(files, (s) => {
        if (s.kind === 'CreateRoleStmt')
            for (const r of rolesNamed(s))
                names.add(r);
    });
    return [...names];
}

;// CONCATENATED MODULE: ./rules/cannot-run-in-transaction.ts


const cannot_run_in_transaction_HELP = 'Put it in a migration of its own without BEGIN/COMMIT (the runner then runs it outside a transaction).';
/* harmony default export */ const cannot_run_in_transaction = (defineRule({
    meta: {
        id: 'cannot-run-in-transaction',
        description: 'A statement PostgreSQL refuses to run inside a transaction block or a function.',
        severity: 'error',
        help: cannot_run_in_transaction_HELP,
        appliesTo: ['versioned', 'repeatable', 'rollback'],
    },
    create(context) {
        const lookup = (key) => context.catalog.functions.get(key)?.origin.stmt;
        /** Statements in a body (and in DO blocks nested in it) that PostgreSQL never runs from a function. */
        const checkBody = (body, what) => {
            for (const n of body.nested) {
                const reason = nonTransactional(n);
                if (reason) {
                    context.report({
                        stmt: n,
                        message: `${reason} inside ${what}: PostgreSQL never runs it from a function or DO block ("… cannot be executed from a function", SQLSTATE 25001), so this fails every time it runs`,
                        help: 'Run it as a top-level statement in a migration of its own, without BEGIN/COMMIT.',
                    });
                }
                if (n.kind === 'DoStmt')
                    checkBody(n, what);
            }
        };
        return {
            statement(stmt) {
                if (stmt.context.via !== 'top' || !context.inTransactionBlock(stmt))
                    return;
                const reason = nonTransactional(stmt);
                if (reason) {
                    context.report({
                        stmt,
                        message: `${reason} cannot run inside a transaction block: PostgreSQL rejects it at run time (SQLSTATE 25001) and the migration fails`,
                    });
                    return;
                }
                const ends = endsTransaction(stmt, lookup);
                if (ends) {
                    context.report({
                        stmt,
                        message: `${ends} inside a transaction block fails with "invalid transaction termination" (SQLSTATE 2D000): a procedure or DO block can only COMMIT when it is called outside any transaction block`,
                        help: `Run ${stmt.kind === 'CallStmt' ? 'the CALL' : 'the batching DO block'} in a migration of its own, without BEGIN/COMMIT.`,
                    });
                }
            },
            DoStmt(_node, stmt) {
                if (stmt.context.via === 'top')
                    checkBody(stmt, 'a DO block');
            },
            CreateFunctionStmt(node, stmt) {
                const procedure = Boolean(node.is_procedure);
                checkBody(stmt, procedure ? 'a procedure' : 'a function');
                if (!procedure && stmt.body?.transactionControl) {
                    context.report({
                        stmt,
                        message: 'a function that COMMITs or ROLLBACKs: a function can never end the transaction it runs in, so every call fails with "invalid transaction termination" (SQLSTATE 2D000)',
                        help: 'Make it a procedure (CREATE PROCEDURE … ; CALL it outside a transaction block), or drop the COMMIT.',
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/duplicate-version.ts


/* harmony default export */ const duplicate_version = (defineRule({
    meta: {
        id: 'duplicate-version',
        description: 'Two versioned migrations with the same version (or two repeatables with the same description).',
        severity: 'error',
        help: 'Give each migration its own version (the next free one above the highest).',
    },
    create(context) {
        const { project } = context;
        return {
            project() {
                const groups = new Map();
                for (const f of project.files) {
                    let key;
                    if (f.kind === 'versioned' && f.version)
                        key = `V${versionKey(f.version)}`;
                    else if (f.kind === 'repeatable')
                        key = `R${f.description}`;
                    if (!key)
                        continue;
                    const list = groups.get(key) ?? [];
                    list.push(f);
                    groups.set(key, list);
                }
                for (const list of groups.values()) {
                    if (list.length < 2)
                        continue;
                    // Keep a merged file (with --base) as the one that owns the version; report the others.
                    const [first, ...rest] = [...list].sort((a, b) => Number(a.isNew) - Number(b.isNew));
                    for (const f of rest) {
                        context.report({
                            file: f,
                            message: f.kind === 'versioned'
                                ? `version ${f.version.raw} is also used by ${first.path} (the same version as ${first.version.raw}): Flyway stops with "Found more than one migration with version ${versionKey(f.version)}"`
                                : `repeatable description "${f.description}" is also used by ${first.path}: Flyway stops with "Found more than one repeatable migration with description"`,
                            help: f.kind === 'versioned'
                                ? 'Renumber the newer migration to the next free version.'
                                : 'Give each repeatable migration its own description.',
                        });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/empty-migration.ts

/* harmony default export */ const empty_migration = (defineRule({
    meta: {
        id: 'empty-migration',
        description: 'A migration with no SQL statement (empty or only comments).',
        severity: 'warning',
        help: 'Add the statements it was meant to hold, or delete the file before it is applied anywhere.',
    },
    create(context) {
        return {
            file(file) {
                if (file.parsed.statements.length === 0 && file.parsed.errors.length === 0 && !file.decoded.problem) {
                    context.report({
                        message: 'the migration contains no SQL statement: it is recorded as applied and changes nothing',
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/migration-naming.ts


/* harmony default export */ const migration_naming = (defineRule({
    meta: {
        id: 'migration-naming',
        description: 'A .sql file in the migrations directory that is not a valid versioned, repeatable or rollback name.',
        severity: 'error',
        help: 'Name versioned migrations V{version}__{description}.sql and repeatables R__{description}.sql.',
        appliesTo: ['invalid', 'rollback'],
    },
    create(context) {
        const { project } = context;
        const versions = new Set(project.files.filter((f) => f.kind === 'versioned' && f.version).map((f) => versionKey(f.version)));
        return {
            file(file) {
                if (file.kind === 'invalid') {
                    const dir = project.rollbackPattern.dir;
                    if (dir && file.rel.startsWith(dir)) {
                        context.report({
                            message: `${file.namingProblem}: it is not paired with any migration, so the migration it undoes counts as having no rollback`,
                            help: `Name it ${project.rollbackPattern.pattern} with the version of the migration it undoes.`,
                        });
                        return;
                    }
                    context.report({
                        message: `${file.namingProblem}: Flyway ignores or rejects this file, so it never runs`,
                    });
                }
                else if (file.kind === 'rollback' && file.version && !versions.has(versionKey(file.version))) {
                    context.report({
                        message: `rollback for version ${file.version.raw}, but no migration has that version`,
                        help: 'Match the version of the migration it undoes, or delete the orphaned rollback.',
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/out-of-order-version.ts


/* harmony default export */ const out_of_order_version = (defineRule({
    meta: {
        id: 'out-of-order-version',
        description: 'With --base: a new versioned migration whose version is not above the highest version at the base.',
        severity: 'error',
        help: 'Renumber the new migration above the highest merged version.',
        appliesTo: ['versioned'],
    },
    create(context) {
        const { project } = context;
        let highest;
        const merged = new Set();
        /** Checksums of merged migrations no longer at their path: a new file with one of them is a rename. */
        const moved = new Set();
        return {
            project() {
                const head = new Set(project.files.map((f) => f.rel));
                for (const b of project.base?.values() ?? []) {
                    if (b.kind !== 'versioned' || !b.version)
                        continue;
                    merged.add(versionKey(b.version));
                    if (!head.has(b.rel))
                        moved.add(b.checksum);
                    if (!highest || compareVersions(b.version, highest) > 0)
                        highest = b.version;
                }
            },
            file(file) {
                if (!project.base || !highest || !file.isNew || !file.version)
                    return;
                // The same version or the same content at another path is a rename: applied-migration-modified reports it.
                if (merged.has(versionKey(file.version)) || moved.has(file.checksum))
                    return;
                if (compareVersions(file.version, highest) > 0)
                    return;
                context.report({
                    message: `new migration ${file.version.raw} is not above ${highest.raw}, the highest version already merged: databases that applied ${highest.raw} refuse it (outOfOrder=false) or apply it after newer migrations, in a different order than a fresh database`,
                    help: `Rename it to a version above ${highest.raw}.`,
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/parse-error.ts

/* harmony default export */ const parse_error = (defineRule({
    meta: {
        id: 'parse-error',
        description: 'SQL that PostgreSQL’s parser rejects (also files that are not valid text in the configured encoding).',
        severity: 'error',
        help: 'Fix the statement so PostgreSQL can parse it; the rest of the file was still checked.',
        appliesTo: ['versioned', 'repeatable', 'rollback', 'seed', 'invalid'],
    },
    create(context) {
        return {
            file(file) {
                const { problem } = file.decoded;
                if (problem) {
                    context.report({
                        position: file.lines.position(problem.offset),
                        message: `${problem.message}; nothing in the file was checked`,
                        help: 'Save the file as text in the configured encoding (`encoding` in migration-guard.yml, default UTF-8), without NUL bytes.',
                    });
                }
                for (const e of file.parsed.errors) {
                    // A placeholder with no value stays as written and breaks the syntax: unknown-placeholder says so.
                    if (file.unknownPlaceholders.some((p) => p.offset >= e.start && p.offset <= e.end))
                        continue;
                    if (e.tooLarge) {
                        context.report({
                            offset: e.offset,
                            message: e.message,
                            help: 'Split it into smaller migrations, or load bulk data with COPY … FROM a data file.',
                        });
                    }
                    else
                        context.report({ offset: e.offset, message: `PostgreSQL rejects this statement: ${e.message}` });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/require-concurrent-index.ts


const require_concurrent_index_HELP = 'Use CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY / REINDEX … CONCURRENTLY in a migration of its own, without BEGIN/COMMIT.';
/* harmony default export */ const require_concurrent_index = (defineRule({
    meta: {
        id: 'require-concurrent-index',
        description: 'CREATE INDEX, DROP INDEX or REINDEX without CONCURRENTLY on a table that existed before this change.',
        severity: 'error',
        help: require_concurrent_index_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            IndexStmt(node, stmt, file) {
                const table = relationKey(node.relation);
                const info = catalog.relation(table);
                const name = displayName(table ?? '?');
                // ON ONLY: RangeVar.inh is false (omitted from the tree) instead of true.
                const only = node.relation !== undefined && node.relation.inh !== true;
                if (node.concurrent) {
                    if (info?.partitioned) {
                        context.report({
                            stmt,
                            node: node.relation,
                            message: `PostgreSQL rejects CREATE INDEX CONCURRENTLY on partitioned table ${name} ("cannot create index on partitioned table concurrently") and the migration fails`,
                            help: `CREATE INDEX … ON ONLY ${name} (instant, the index stays invalid), then CREATE INDEX CONCURRENTLY on each partition and ALTER INDEX … ATTACH PARTITION.`,
                        });
                    }
                    return;
                }
                if (!catalog.isPreExisting(table, file))
                    return;
                // ON ONLY a partitioned table creates an invalid parent index without reading any rows.
                if (only && info?.partitioned)
                    return;
                const what = info?.kind === 'materialized view' ? 'materialized view' : 'table';
                const unique = node.unique ? 'UNIQUE ' : '';
                context.report({
                    stmt,
                    node: node.relation,
                    message: `CREATE ${unique}INDEX on existing ${what} ${name} takes a SHARE lock for the whole build: every ${what === 'table' ? 'INSERT, UPDATE and DELETE on' : 'REFRESH of'} ${name} waits until the index is built`,
                    help: info?.partitioned
                        ? `${name} is partitioned: CREATE ${unique}INDEX … ON ONLY ${name}, then CREATE ${unique}INDEX CONCURRENTLY on each partition and ALTER INDEX … ATTACH PARTITION.`
                        : `Use CREATE ${unique}INDEX CONCURRENTLY in a migration of its own, without BEGIN/COMMIT.`,
                });
            },
            DropStmt(node, stmt, file) {
                if (node.removeType !== 'OBJECT_INDEX')
                    return;
                const keys = (node.objects ?? []).map((o) => ('List' in o ? nameListKey(o.List.items) : undefined));
                const onPartitioned = (k) => catalog.relation(catalog.relation(k)?.table)?.partitioned === true;
                if (node.concurrent) {
                    const partitioned = keys.filter((k) => k !== undefined && onPartitioned(k));
                    if (partitioned.length) {
                        context.report({
                            stmt,
                            message: `PostgreSQL rejects DROP INDEX CONCURRENTLY of ${displayName(partitioned[0])}, an index on a partitioned table ("cannot drop partitioned index concurrently"), and the migration fails`,
                            help: 'Drop it without CONCURRENTLY, in a migration of its own, with a short lock_timeout (SET lock_timeout = \'2s\') and retries.',
                        });
                    }
                    return;
                }
                const existing = keys.filter((k) => k !== undefined && catalog.isPreExisting(k, file));
                if (existing.length === 0)
                    return;
                const tables = existing.map((k) => catalog.relation(k)?.table).filter((t) => !!t);
                const on = tables.length ? `table ${[...new Set(tables)].map(displayName).join(', ')}` : 'its table';
                context.report({
                    stmt,
                    message: `DROP INDEX ${existing.map(displayName).join(', ')} takes an ACCESS EXCLUSIVE lock on ${on}: all reads and writes wait, and queue behind any long-running query`,
                    help: existing.some(onPartitioned)
                        ? 'Indexes on partitioned tables cannot be dropped CONCURRENTLY: drop it in a migration of its own with a short lock_timeout (SET lock_timeout = \'2s\') and retries.'
                        : 'Use DROP INDEX CONCURRENTLY (one index per statement) in a migration of its own, without BEGIN/COMMIT.',
                });
            },
            ReindexStmt(node, stmt, file) {
                if (hasOption(node.params, 'concurrently'))
                    return;
                const kind = String(node.kind);
                let target;
                if (kind === 'REINDEX_OBJECT_TABLE' || kind === 'REINDEX_OBJECT_INDEX') {
                    const key = relationKey(node.relation);
                    if (!catalog.isPreExisting(key, file))
                        return;
                    target = `${kind === 'REINDEX_OBJECT_TABLE' ? 'table' : 'index'} ${displayName(key ?? '?')}`;
                }
                else {
                    target = `${kind.replace('REINDEX_OBJECT_', '').toLowerCase()} ${node.name ?? ''}`.trim();
                }
                context.report({
                    stmt,
                    node: node.relation,
                    message: `REINDEX ${target} locks out writes to the table (SHARE) and reads through each index (ACCESS EXCLUSIVE) while it rebuilds`,
                    help: kind === 'REINDEX_OBJECT_SYSTEM'
                        ? 'REINDEX SYSTEM cannot run concurrently: run it in a maintenance window, not in a migration.'
                        : 'Use REINDEX … CONCURRENTLY (PostgreSQL 12+) outside a transaction block, in a migration of its own.',
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/rollback-empty.ts

/* harmony default export */ const rollback_empty = (defineRule({
    meta: {
        id: 'rollback-empty',
        description: 'A rollback script with no SQL statement (empty, whitespace or only comments).',
        severity: 'error',
        help: "Write the statements that undo the migration (e.g. `DROP TABLE IF EXISTS …;`), or, if it cannot be undone, make the rollback fail loudly: `DO $$ BEGIN RAISE EXCEPTION 'V… cannot be rolled back: <why>'; END $$;`.",
        appliesTo: ['rollback'],
    },
    create(context) {
        return {
            file(file) {
                // A file that did not decode or parse (or was too large to parse) is parse-error's.
                if (file.decoded.problem || file.parsed.errors.length > 0)
                    return;
                if (file.parsed.statements.length > 0)
                    return;
                const v = file.version ? `V${file.version.raw}` : 'its migration';
                context.report({
                    message: `the rollback script contains no SQL statement: PostgreSQL executes nothing, so rolling back ${v} deletes ` +
                        'its schema history row while every object the migration created stays, and the next migrate fails ' +
                        '(e.g. 42P07: relation already exists)',
                    help: `Write the statements that undo ${v} (e.g. \`DROP TABLE IF EXISTS …;\`). If ${v} cannot be undone, say so with a ` +
                        `statement that fails loudly, so a rollback stops instead of lying: \`DO $$ BEGIN RAISE EXCEPTION '${v} cannot be rolled back: <why>'; END $$;\``,
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/rollback-missing.ts

/* harmony default export */ const rollback_missing = (defineRule({
    meta: {
        id: 'rollback-missing',
        description: 'A versioned migration without its rollback file.',
        severity: 'error',
        help: 'Add the rollback script, or suppress with `-- migration-guard-ignore-file rollback-missing: <why it cannot be undone>`.',
        appliesTo: ['versioned'],
    },
    create(context) {
        const { project } = context;
        return {
            file(file) {
                if (file.rollback || !file.version)
                    return;
                const expected = project.rollbackPattern.pathFor(file.version.raw, file.description?.replace(/ /g, '_'));
                const shown = project.root && project.root !== '.' ? `${project.root}/${expected}` : expected;
                context.report({
                    message: `no rollback script for version ${file.version.raw}: if this migration has to be undone in an emergency there is no tested way back (expected ${shown})`,
                    help: `Add ${shown} that reverses this migration (drop what it adds, restore what it changes).`,
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/transaction-wrapping.ts


const WRAP_HELP = 'Wrap the whole migration in one BEGIN; … COMMIT; (or set `transactions: runner` if your runner wraps each migration).';
const RUNNER_EFFECT = {
    begin: 'PostgreSQL only warns "there is already a transaction in progress" and ignores it',
    commit: "commits the runner's transaction early: the statements after it, and the schema-history row, are no longer atomic with the changes before it",
    rollback: 'undoes the statements before it, yet the runner records the migration as applied',
};
/* harmony default export */ const transaction_wrapping = (defineRule({
    meta: {
        id: 'transaction-wrapping',
        description: 'A versioned migration that is not atomic (one BEGIN … COMMIT around all statements).',
        severity: 'error',
        help: WRAP_HELP,
        appliesTo: ['versioned'],
    },
    create(context) {
        const runner = context.settings.transactions === 'runner';
        const lookup = (key) => context.catalog.functions.get(key)?.origin.stmt;
        const line = (file, s) => file.position(s.start).line;
        return {
            // At the end of the file, so that procedures the file defines are known when it CALLs them.
            fileExit(file) {
                const stmts = file.parsed.statements;
                const work = stmts.filter((s) => !transactionControl(s) && !isNeutral(s));
                if (work.length === 0)
                    return;
                const outsideOnly = work.filter((s) => mustRunOutsideTransaction(s, lookup));
                if (outsideOnly.length > 0) {
                    const tx = work.filter((s) => !mustRunOutsideTransaction(s, lookup));
                    if (tx.length === 0)
                        return; // such a migration runs unwrapped, as it must
                    // Inside BEGIN … COMMIT, cannot-run-in-transaction already reports the failure.
                    const first = outsideOnly.find((s) => !context.inTransactionBlock(s));
                    if (first) {
                        const what = mustRunOutsideTransaction(first, lookup);
                        context.report({
                            stmt: first,
                            message: `${what} cannot run inside a transaction, but this migration also has statements that must be atomic (line ${line(file, tx[0])}): wrapped in BEGIN … COMMIT it fails, unwrapped a failure leaves the migration half applied (Flyway refuses such mixed migrations)`,
                            help: `Move ${what} (and the other statements that cannot run in a transaction) into a migration of its own, without BEGIN/COMMIT.`,
                        });
                        return;
                    }
                }
                if (runner) {
                    for (const s of stmts) {
                        const tc = transactionControl(s);
                        if (tc === 'begin' || tc === 'commit' || tc === 'rollback') {
                            context.report({
                                stmt: s,
                                message: `explicit ${tc.toUpperCase()} with \`transactions: runner\`: the runner already wraps the migration in a transaction, so this ${RUNNER_EFFECT[tc]}`,
                                help: 'Remove BEGIN/COMMIT from the file (the runner wraps it), or set `transactions: explicit`.',
                            });
                        }
                    }
                    return;
                }
                let open;
                let lastClose;
                let blocks = 0;
                let strayCommit;
                let inRun = false; // inside a run of statements outside any block (reported once per run)
                const outside = [];
                for (const s of stmts) {
                    const tc = transactionControl(s);
                    if (tc)
                        inRun = false;
                    if (tc === 'begin') {
                        if (open) {
                            context.report({
                                stmt: s,
                                message: `BEGIN inside the transaction opened on line ${line(file, open)}: PostgreSQL only warns "there is already a transaction in progress", and the first COMMIT ends both`,
                                help: 'Use a single BEGIN … COMMIT; use SAVEPOINT for nested steps.',
                            });
                            continue;
                        }
                        if (blocks > 0) {
                            context.report({
                                stmt: s,
                                message: `a second transaction block (the first one was committed on line ${line(file, lastClose)}): if this one fails, the first stays committed and the migration is half applied`,
                                help: 'Use one BEGIN … COMMIT around all statements, or split the migration in two files.',
                            });
                        }
                        open = s;
                        blocks++;
                    }
                    else if (tc === 'commit') {
                        if (open) {
                            open = undefined;
                            lastClose = s;
                        }
                        else if (blocks === 0) {
                            strayCommit ??= s;
                        }
                        else {
                            context.report({
                                stmt: s,
                                message: `COMMIT with no transaction open (the block was already ended on line ${line(file, lastClose)}): PostgreSQL only warns "there is no transaction in progress", and the statements since then each committed on their own`,
                                help: 'Keep exactly one BEGIN … COMMIT around all statements.',
                            });
                        }
                    }
                    else if (tc === 'rollback' || (tc === 'prepare' && s.node['kind'] === 'TRANS_STMT_PREPARE')) {
                        context.report({
                            stmt: s,
                            message: tc === 'rollback'
                                ? 'ROLLBACK in a migration: everything before it in the transaction is undone, yet the migration is recorded as applied'
                                : 'PREPARE TRANSACTION in a migration: its changes stay uncommitted, holding their locks, until someone runs COMMIT PREPARED, yet the migration is recorded as applied',
                            help: 'End the migration with COMMIT; raise an exception (RAISE EXCEPTION in a DO block) to make it fail instead.',
                        });
                        if (open) {
                            open = undefined;
                            lastClose = s;
                        }
                    }
                    else if (tc === undefined && !open) {
                        if (isNeutral(s)) {
                            if (s.kind === 'VariableSetStmt' && s.node['is_local']) {
                                context.report({
                                    stmt: s,
                                    message: 'SET LOCAL outside a transaction block has no effect: PostgreSQL warns "SET LOCAL can only be used in transaction blocks" and the setting is gone before the next statement',
                                    help: 'Put SET LOCAL after BEGIN (or use SET before BEGIN).',
                                });
                            }
                        }
                        else if (!inRun) {
                            inRun = true;
                            outside.push({ stmt: s, after: lastClose });
                        }
                    }
                }
                if (open) {
                    context.report({
                        stmt: open,
                        message: 'BEGIN without COMMIT: the transaction stays open until the session ends and is then rolled back, or the runner commits it with whatever comes next',
                        help: 'End the migration with COMMIT;',
                    });
                }
                if (strayCommit && blocks > 0) {
                    context.report({
                        stmt: strayCommit,
                        message: 'COMMIT without a BEGIN: PostgreSQL only warns "there is no transaction in progress", and the statements before it each committed on their own',
                        help: 'Keep exactly one BEGIN … COMMIT around all statements.',
                    });
                }
                if (blocks === 0) {
                    context.report({
                        stmt: work[0],
                        message: 'the migration is not wrapped in a transaction: each statement commits on its own, so if a later one fails the earlier ones stay applied and the schema is left half migrated' +
                            (strayCommit ? ` (the COMMIT on line ${line(file, strayCommit)} has no BEGIN: PostgreSQL only warns "there is no transaction in progress")` : ''),
                    });
                    return;
                }
                for (const o of outside) {
                    context.report({
                        stmt: o.stmt,
                        message: o.after
                            ? `statement after the COMMIT on line ${line(file, o.after)} runs outside the transaction: if it fails, the migration is half applied`
                            : 'statement before BEGIN runs outside the transaction: it stays applied if the transaction fails',
                        help: 'Move it between BEGIN and COMMIT.',
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/unbatched-data-change.ts


const unbatched_data_change_HELP = 'Batch it: repeat `… WHERE id IN (SELECT id FROM … WHERE <not yet done> LIMIT 5000)` until no row changes, from a PL/pgSQL loop that COMMITs per batch (in a migration of its own, without BEGIN/COMMIT) or a background job.';
const LOOP_HELP = 'COMMIT at the end of each iteration (the DO block or CALL then goes into a migration of its own, without BEGIN/COMMIT), so that each batch is its own transaction.';
const COPY_HELP = 'Copy in batches by key range (… WHERE id > last_id ORDER BY id LIMIT 5000), from a PL/pgSQL loop that COMMITs per batch (in a migration of its own, without BEGIN/COMMIT) or a background job.';
/* harmony default export */ const unbatched_data_change = (defineRule({
    meta: {
        id: 'unbatched-data-change',
        description: 'UPDATE/DELETE of an existing table, or INSERT … SELECT reading one, in a single unbounded statement.',
        severity: 'warning',
        help: unbatched_data_change_HELP,
    },
    create(context) {
        const { catalog } = context;
        const checkChange = (verb, n, stmt, file) => {
            const table = n['relation'];
            const key = relationKey(table);
            if (!catalog.isPreExisting(key, file))
                return;
            const scope = scopeOf(catalog, key, table, stmt);
            const name = displayName(key ?? '?');
            const rows = verb === 'DELETE' ? 'deletes' : 'rewrites';
            // A loop that COMMITs makes one batch per iteration when the statement changes with the iteration.
            if (hasBound(n['whereClause'], scope) || (stmt.context.loopCommits && usesVariable(n['whereClause'], scope))) {
                if (inLoopWithoutCommit(stmt)) {
                    context.report({
                        stmt,
                        node: table,
                        message: `${verb} on existing table ${name} in a loop that does not COMMIT: each iteration is bounded, but they all run in one transaction, which ${rows} every row the loop reaches and holds their row locks until the migration commits (concurrent writes to them wait)`,
                        help: LOOP_HELP,
                    });
                }
                return;
            }
            context.report({
                stmt,
                node: table,
                message: stmt.context.loopCommits
                    ? `${verb} on existing table ${name} in a loop that COMMITs, but the statement is the same in every iteration (no batch bound, no loop variable in its WHERE): the first iteration already ${rows} every matching row in one transaction and holds their row locks until it commits (concurrent writes to them wait), with a burst of WAL, bloat and replication lag`
                    : `${verb} on existing table ${name} without a batch bound: one transaction ${rows} every matching row and holds their row locks until COMMIT (concurrent writes to them wait), with a burst of WAL, bloat and replication lag`,
            });
        };
        const checkCopy = (what, select, stmt, file) => {
            if (!select)
                return;
            const ctes = new Map();
            for (const c of findAll(stmt.node, 'CommonTableExpr'))
                if (c.ctename && c.ctequery)
                    ctes.set(c.ctename, c.ctequery);
            const read = unboundedRead(select, { catalog, file, stmt, ctes, seen: new Set() });
            if (!read) {
                const any = inLoopWithoutCommit(stmt) ? unboundedRead(select, { catalog, file, stmt, ctes, seen: new Set(), anyRead: true }) : undefined;
                if (any) {
                    context.report({
                        stmt,
                        node: any,
                        message: `${what} from existing table ${displayName(relationKey(any) ?? '?')} in a loop that does not COMMIT: each iteration is bounded, but they all run in one transaction that copies every row the loop reaches at once (a burst of WAL and replication lag)`,
                        help: LOOP_HELP,
                    });
                }
                return;
            }
            context.report({
                stmt,
                node: read,
                message: `${what} reads all of existing table ${displayName(relationKey(read) ?? '?')} in one statement: one long transaction copies every row at once (a burst of WAL and replication lag), and rows written to it meanwhile are missed`,
                help: COPY_HELP,
            });
        };
        return {
            statement(stmt, file) {
                if (!QUERIES.has(stmt.kind))
                    return;
                const n = stmt.node;
                const changes = [[stmt.kind, n]];
                // Data-modifying CTEs: WITH gone AS (DELETE FROM … RETURNING *) …
                for (const c of findAll(n, 'CommonTableExpr')) {
                    const [kind, q] = Object.entries((c.ctequery ?? {}))[0] ?? [];
                    if (kind && kind !== 'SelectStmt')
                        changes.push([kind, q]);
                }
                for (const [kind, node] of changes) {
                    if (kind === 'UpdateStmt')
                        checkChange('UPDATE', node, stmt, file);
                    else if (kind === 'DeleteStmt')
                        checkChange('DELETE', node, stmt, file);
                    else if (kind === 'InsertStmt')
                        checkCopy('INSERT … SELECT', node['selectStmt']?.['SelectStmt'], stmt, file);
                }
                if (stmt.kind === 'CreateTableAsStmt' && n['objtype'] === 'OBJECT_TABLE' && !n['into']?.['skipData']) {
                    checkCopy('CREATE TABLE … AS SELECT', n['query']?.['SelectStmt'], stmt, file);
                }
                else if (stmt.kind === 'SelectStmt' && n['intoClause'] && !n['intoClause']['skipData']) {
                    checkCopy('SELECT … INTO', n, stmt, file);
                }
            },
        };
    },
}));
/** Statements that can change or copy rows (a CREATE FUNCTION's body is judged where it is called). */
const QUERIES = new Set(['UpdateStmt', 'DeleteStmt', 'InsertStmt', 'SelectStmt', 'CreateTableAsStmt']);
function inLoopWithoutCommit(stmt) {
    return stmt.context.inLoop && !stmt.context.loopCommits;
}
/**
 * The first pre-existing table a SELECT reads whole (no LIMIT, no batch bound in its WHERE),
 * looking through CTEs, subqueries in FROM, joins and set operations.
 */
function unboundedRead(s, rc) {
    if ((s['limitCount'] && !rc.anyRead) || s['valuesLists'])
        return undefined;
    if (s['op'] && s['op'] !== 'SETOP_NONE') {
        return unboundedRead(s['larg'] ?? {}, rc) ?? unboundedRead(s['rarg'] ?? {}, rc);
    }
    const read = [];
    const fromItem = (item) => {
        if (item['RangeVar']) {
            const rv = item['RangeVar'];
            const cte = !rv.schemaname && rv.relname ? rc.ctes.get(rv.relname) : undefined;
            if (cte) {
                // A CTE that is itself a data change is checked on its own.
                if (cte['SelectStmt'] && !rc.seen.has(rv.relname)) {
                    rc.seen.add(rv.relname);
                    const inner = unboundedRead(cte['SelectStmt'], rc);
                    if (inner)
                        read.push(inner);
                }
            }
            else if (rc.catalog.isPreExisting(relationKey(rv), rc.file)) {
                read.push(rv);
            }
        }
        else if (item['RangeSubselect']) {
            const sub = item['RangeSubselect']['subquery']?.['SelectStmt'];
            const inner = sub ? unboundedRead(sub, rc) : undefined;
            if (inner)
                read.push(inner);
        }
        else if (item['JoinExpr']) {
            fromItem(item['JoinExpr']['larg'] ?? {});
            fromItem(item['JoinExpr']['rarg'] ?? {});
        }
    };
    for (const item of (s['fromClause'] ?? []))
        fromItem(item);
    const first = read[0];
    if (!first)
        return undefined;
    const scope = read.length === 1
        ? scopeOf(rc.catalog, relationKey(first), first, rc.stmt)
        : { keys: new Set(), names: new Set(), variables: variablesOf(rc.stmt) };
    if (rc.anyRead)
        return first;
    if (hasBound(s['whereClause'], scope))
        return undefined;
    if (rc.stmt.context.loopCommits && usesVariable(s['whereClause'], scope))
        return undefined;
    return first;
}
/** Does the expression use a PL/pgSQL variable or a parameter, so that it can change from one loop iteration to the next? */
function usesVariable(n, scope) {
    if (Array.isArray(n))
        return n.some((x) => usesVariable(x, scope));
    if (!n || typeof n !== 'object')
        return false;
    const node = n;
    if (node['ParamRef'])
        return true;
    if (node['ColumnRef']) {
        const f = fieldsOf(node);
        return f.length > 0 && scope.variables.has(f[0]) && !(f.length > 1 && scope.names.has(f[0]));
    }
    return Object.values(node).some((v) => typeof v === 'object' && usesVariable(v, scope));
}
function variablesOf(stmt) {
    return new Set(stmt.context.parent?.body?.variables ?? []);
}
function scopeOf(catalog, key, table, stmt) {
    const pk = catalog.relation(key)?.primaryKey;
    const keys = new Set(['id', 'ctid', ...(pk?.length === 1 ? pk : [])]);
    const names = new Set();
    if (table?.relname)
        names.add(table.relname);
    if (table?.alias?.aliasname)
        names.add(table.alias.aliasname);
    return { keys, names, variables: variablesOf(stmt) };
}
function fieldsOf(n) {
    const fields = n?.['ColumnRef']?.['fields'];
    if (!fields)
        return undefined;
    return fields.map((f) => ('String' in f ? (f.String.sval ?? '') : '*'));
}
/** A column of the changed table (unqualified and not a PL/pgSQL variable, or qualified by its name). */
function tableColumn(n, scope) {
    const f = fieldsOf(n);
    if (!f || f.length === 0)
        return undefined;
    if (f.length === 1)
        return scope.variables.has(f[0]) ? undefined : f[0];
    return scope.names.has(f[f.length - 2]) ? f[f.length - 1] : undefined;
}
/** Does an expression depend on the row being changed? (Subqueries are their own scope.) */
function refersToTable(n, scope) {
    if (Array.isArray(n))
        return n.some((x) => refersToTable(x, scope));
    if (!n || typeof n !== 'object')
        return false;
    const node = n;
    if (node['SubLink'])
        return refersToTable(node['SubLink']['testexpr'], scope);
    if (node['ColumnRef']) {
        const f = fieldsOf(node);
        // An unqualified name that is not a variable, or a name qualified by something that is not a variable record.
        return f.length === 1 ? !scope.variables.has(f[0]) : !scope.variables.has(f[0]) || scope.names.has(f[0]);
    }
    return Object.values(node).some((v) => typeof v === 'object' && refersToTable(v, scope));
}
function opName(e) {
    const names = e['name'];
    const last = names?.[names.length - 1];
    return last && 'String' in last ? last.String.sval : undefined;
}
/** A sub-select whose rows are limited: `(SELECT … LIMIT n)` (the LIMIT of the sub-select itself). */
function limitedSubLink(n, types) {
    const s = n?.['SubLink'];
    return Boolean(s && types.includes(String(s['subLinkType'])) && s['subselect']?.['SelectStmt']?.['limitCount']);
}
const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);
const FLIP = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' };
/**
 * Is the WHERE clause a batch bound? A key compared with a LIMITed sub-select, a range on one
 * column (BETWEEN, or a lower and an upper bound), or a key lookup (`id = 42`, `id IN (1, 2)`,
 * `id = r.id` with a loop variable).
 */
function hasBound(where, scope) {
    if (!where)
        return false;
    if (where['BoolExpr']) {
        const b = where['BoolExpr'];
        const args = (b['args'] ?? []);
        if (b['boolop'] === 'AND_EXPR')
            return args.some((a) => hasBound(a, scope)) || isRange(args, scope);
        if (b['boolop'] === 'OR_EXPR')
            return args.length > 0 && args.every((a) => hasBound(a, scope));
        return false;
    }
    if (where['CurrentOfExpr'])
        return true;
    // key IN (SELECT key … LIMIT n)
    if (where['SubLink'])
        return limitedSubLink(where, ['ANY_SUBLINK']) && where['SubLink']['testexpr'] !== undefined;
    const e = where['A_Expr'];
    if (!e)
        return false;
    const key = (n) => {
        const c = tableColumn(n, scope);
        return c !== undefined && scope.keys.has(c);
    };
    switch (e['kind']) {
        case 'AEXPR_BETWEEN':
        case 'AEXPR_BETWEEN_SYM':
            return tableColumn(e['lexpr'], scope) !== undefined;
        case 'AEXPR_IN':
            return opName(e) === '=' && key(e['lexpr']) && Boolean(e['rexpr']?.['List']) && !refersToTable(e['rexpr'], scope);
        case 'AEXPR_OP_ANY':
            // ctid = ANY(ARRAY(SELECT ctid … LIMIT n)); id = ANY(ARRAY[1, 2, 3]) or an array variable
            if (opName(e) !== '=')
                return false;
            return limitedSubLink(e['rexpr'], ['ARRAY_SUBLINK']) || (key(e['lexpr']) && !refersToTable(e['rexpr'], scope));
        case 'AEXPR_OP':
            if (opName(e) !== '=')
                return false;
            return (key(e['lexpr']) && !refersToTable(e['rexpr'], scope)) || (key(e['rexpr']) && !refersToTable(e['lexpr'], scope));
        default:
            return false;
    }
}
/** `col >= a AND col < b` on one column of the table (either operand order). */
function isRange(args, scope) {
    const lower = new Set();
    const upper = new Set();
    for (const a of args) {
        const e = a['A_Expr'];
        if (!e || e['kind'] !== 'AEXPR_OP')
            continue;
        const op = opName(e);
        if (!op || !FLIP[op])
            continue;
        const l = tableColumn(e['lexpr'], scope);
        const r = tableColumn(e['rexpr'], scope);
        if ((l === undefined) === (r === undefined))
            continue; // a column against a value
        const col = (l ?? r);
        const dir = l !== undefined ? op : FLIP[op];
        if (LOWER.has(dir))
            lower.add(col);
        if (UPPER.has(dir))
            upper.add(col);
    }
    for (const c of lower)
        if (upper.has(c))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./rules/unknown-placeholder.ts

/* harmony default export */ const unknown_placeholder = (defineRule({
    meta: {
        id: 'unknown-placeholder',
        description: 'A Flyway placeholder ${name} with no value in the configuration.',
        severity: 'error',
        help: 'Define it under `placeholders:` in migration-guard.yml (names are case-insensitive), or use a ${flyway:…} built-in.',
        appliesTo: ['versioned', 'repeatable', 'rollback', 'seed'],
    },
    create(context) {
        return {
            file(file) {
                for (const p of file.unknownPlaceholders) {
                    context.report({
                        offset: p.offset,
                        message: `no value for placeholder \${${p.name}}: Flyway stops with "No value provided for placeholder" and the SQL is not valid as written`,
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/constraint-not-valid.ts



const constraint_not_valid_HELP = 'Add the constraint with NOT VALID (instant: only new rows are checked), then VALIDATE CONSTRAINT in a later migration (it scans under SHARE UPDATE EXCLUSIVE: reads and writes go on).';
const VALIDATE_HELP = 'Move VALIDATE CONSTRAINT into a migration of its own (its own transaction), where it takes only SHARE UPDATE EXCLUSIVE and reads and writes go on.';
/* harmony default export */ const constraint_not_valid = (defineRule({
    meta: {
        id: 'constraint-not-valid',
        description: 'ADD CONSTRAINT … FOREIGN KEY / CHECK without NOT VALID on an existing table, or NOT VALID then VALIDATE in one transaction.',
        severity: 'error',
        help: constraint_not_valid_HELP,
    },
    create(context) {
        const { catalog } = context;
        const runner = context.settings.transactions === 'runner';
        const lookup = (key) => catalog.functions.get(key)?.origin.stmt;
        /** Transaction of each top-level statement of the current file. */
        let txOf = new Map();
        /** Constraints added NOT VALID in the current file, by "table\0name". */
        let pending = new Map();
        /**
         * Which transaction a statement runs in: the explicit BEGIN … COMMIT block around it, the
         * runner's transaction around the whole file (`transactions: runner`), or its own (autocommit).
         * Statements of a DO block run in the transaction of the DO; undefined when a body COMMITs.
         */
        const transactionOf = (stmt) => {
            let s = stmt;
            while (s.context.callSite || s.context.parent) {
                if (s.context.parent?.body?.transactionControl || s.context.loopCommits)
                    return undefined;
                s = s.context.callSite ?? s.context.parent;
            }
            return txOf.get(s);
        };
        const lineOf = (file, s) => file.position(s.start).line;
        return {
            file(file) {
                txOf = new Map();
                pending = new Map();
                const stmts = file.parsed.statements;
                // A runner wraps the file in one transaction unless a statement cannot run in one.
                let open = runner && !stmts.some((s) => mustRunOutsideTransaction(s, lookup));
                let block = 0;
                stmts.forEach((s, i) => {
                    const tc = transactionControl(s);
                    if (tc === 'begin' && !open) {
                        open = true;
                        block++;
                    }
                    else if (tc === 'commit' || tc === 'rollback' || (tc === 'prepare' && s.node['kind'] === 'TRANS_STMT_PREPARE')) {
                        open = false;
                        block++;
                    }
                    txOf.set(s, open ? `block ${block}` : `statement ${i}`);
                });
            },
            AlterTableStmt(node, stmt, file) {
                if (node.objtype !== 'OBJECT_TABLE')
                    return;
                const key = relationKey(node.relation);
                if (!key)
                    return;
                const existing = catalog.isPreExisting(key, file);
                const name = displayName(key);
                const partitioned = catalog.relation(key)?.partitioned === true;
                const tx = transactionOf(stmt);
                for (const c of node.cmds ?? []) {
                    if (!('AlterTableCmd' in c))
                        continue;
                    const cmd = c.AlterTableCmd;
                    const def = cmd.def;
                    if (cmd.subtype === 'AT_AddConstraint' && def && 'Constraint' in def) {
                        const con = def.Constraint;
                        if (con.contype !== 'CONSTR_FOREIGN' && con.contype !== 'CONSTR_CHECK')
                            continue;
                        const kind = con.contype === 'CONSTR_FOREIGN' ? 'foreign key' : 'check';
                        // NOT VALID (and PostgreSQL 18's NOT ENFORCED) skip the scan of existing rows.
                        if (con.skip_validation) {
                            const conname = con.conname ?? defaultName(node.relation?.relname ?? '', con);
                            if (tx !== undefined && conname)
                                pending.set(`${key}\0${conname}`, { stmt, kind, tx });
                            continue;
                        }
                        if (!existing)
                            continue;
                        if (kind === 'foreign key') {
                            const target = displayName(relationKey(con.pktable) ?? '?');
                            context.report({
                                stmt,
                                node: con,
                                message: `ADD FOREIGN KEY on existing table ${name} checks every existing row against ${target} while holding SHARE ROW EXCLUSIVE on both ${name} and ${target}: every INSERT, UPDATE and DELETE on the two tables waits until the scan ends`,
                                help: partitioned
                                    ? `${name} is partitioned (PostgreSQL before 18 rejects NOT VALID there): add the foreign key NOT VALID to each partition and VALIDATE it in a later migration; ADD it on ${name} last, which adopts the validated partition constraints without a scan.`
                                    : constraint_not_valid_HELP,
                            });
                        }
                        else {
                            context.report({
                                stmt,
                                node: con,
                                message: `ADD CHECK on existing table ${name} checks every existing row while holding ACCESS EXCLUSIVE on ${name}: all reads and writes wait until the scan ends`,
                                help: constraint_not_valid_HELP,
                            });
                        }
                    }
                    else if (cmd.subtype === 'AT_AddColumn' && def && 'ColumnDef' in def && existing) {
                        checkNewColumn(def.ColumnDef, stmt, name);
                    }
                    else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
                        const added = pending.get(`${key}\0${cmd.name}`);
                        if (!added || !existing || tx === undefined || added.tx !== tx)
                            continue;
                        const lock = added.kind === 'foreign key'
                            ? `SHARE ROW EXCLUSIVE on ${name} and the referenced table (their writes wait)`
                            : `ACCESS EXCLUSIVE on ${name} (all reads and writes wait)`;
                        context.report({
                            stmt,
                            node: node.relation,
                            message: `VALIDATE CONSTRAINT ${cmd.name} runs in the same transaction as its ADD CONSTRAINT … NOT VALID (line ${lineOf(file, added.stmt)}), which still holds ${lock}: the validation scan runs under that lock, so NOT VALID gains nothing`,
                            help: VALIDATE_HELP,
                        });
                    }
                }
            },
        };
        /**
         * Column constraints of ADD COLUMN. A CHECK is checked against every row. A REFERENCES on a
         * column without a default is accepted without a scan (every row holds NULL); with a default
         * (even DEFAULT NULL), or a generated or serial value, PostgreSQL checks every row.
         */
        function checkNewColumn(col, stmt, name) {
            const constraints = (col.constraints ?? []).flatMap((n) => ('Constraint' in n ? [n.Constraint] : []));
            const valued = hasValue(col, constraints);
            const column = col.colname ?? '?';
            for (const con of constraints) {
                if (con.contype === 'CONSTR_CHECK' && !con.skip_validation) {
                    context.report({
                        stmt,
                        node: con,
                        message: `ADD COLUMN ${column} … CHECK on existing table ${name} checks every existing row while holding ACCESS EXCLUSIVE on ${name}: all reads and writes wait until the scan ends`,
                        help: `Add the column without the CHECK, then ADD CONSTRAINT … CHECK (…) NOT VALID, and VALIDATE CONSTRAINT in a later migration.`,
                    });
                }
                else if (con.contype === 'CONSTR_FOREIGN' && !con.skip_validation && valued) {
                    const target = displayName(relationKey(con.pktable) ?? '?');
                    context.report({
                        stmt,
                        node: con,
                        message: `ADD COLUMN ${column} … REFERENCES ${target} with a value for existing rows checks every row of ${name} against ${target} while holding ACCESS EXCLUSIVE on ${name} (all reads and writes wait) and SHARE ROW EXCLUSIVE on ${target} (its writes wait)`,
                        help: `Add the column without REFERENCES, then ADD CONSTRAINT … FOREIGN KEY (${column}) REFERENCES ${target} NOT VALID, and VALIDATE CONSTRAINT in a later migration.`,
                    });
                }
            }
        }
    },
}));
const SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/** Does ADD COLUMN give existing rows a value (so that a REFERENCES on it must be checked)? */
function hasValue(col, constraints) {
    if (col.raw_default)
        return true;
    if (constraints.some((c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_GENERATED' || c.contype === 'CONSTR_IDENTITY')) {
        return true;
    }
    const names = col.typeName?.names ?? [];
    const last = names[names.length - 1];
    return names.length === 1 && last !== undefined && 'String' in last && SERIAL.has(last.String.sval ?? '');
}
/**
 * The name PostgreSQL gives an unnamed constraint (before any clash suffix): <table>_<cols>_fkey
 * for a foreign key; <table>_<col>_check for a CHECK on one column, else <table>_check.
 */
function defaultName(table, con) {
    if (!table)
        return undefined;
    if (con.contype === 'CONSTR_FOREIGN') {
        const cols = (con.fk_attrs ?? []).map((n) => ('String' in n ? n.String.sval : undefined));
        if (cols.length === 0 || cols.some((c) => !c))
            return undefined;
        return `${table}_${cols.join('_')}_fkey`;
    }
    const cols = new Set();
    for (const ref of findAll(con.raw_expr, 'ColumnRef')) {
        const fields = ref.fields ?? [];
        const last = fields[fields.length - 1];
        if (last && 'String' in last && last.String.sval)
            cols.add(last.String.sval);
    }
    return cols.size === 1 ? `${table}_${[...cols][0]}_check` : `${table}_check`;
}

;// CONCATENATED MODULE: ./src/lint/alter.ts
/**
 * What several online-safety rules start from: an ALTER TABLE on a table that existed before
 * this change (a table created in the change set is empty, so its locks and scans are harmless).
 */

function alterOfExistingTable(node, catalog, file) {
    if (node.objtype !== 'OBJECT_TABLE')
        return undefined;
    const table = relationKey(node.relation);
    if (!catalog.isPreExisting(table, file))
        return undefined;
    return { table, name: displayName(table ?? '?'), cmds: alterTableCommands(node) };
}

;// CONCATENATED MODULE: ./rules/set-not-null.ts



const set_not_null_HELP = 'Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the CHECK.';
/* harmony default export */ const set_not_null = (defineRule({
    meta: {
        id: 'set-not-null',
        description: 'ALTER COLUMN … SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL).',
        severity: 'error',
        help: set_not_null_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            AlterTableStmt(node, stmt, file) {
                const alter = alterOfExistingTable(node, catalog, file);
                if (!alter)
                    return;
                const { table, name } = alter;
                const cmds = alter.cmds;
                const setNotNulls = cmds.filter((c) => c['subtype'] === 'AT_SetNotNull');
                for (const cmd of cmds) {
                    let column;
                    let what;
                    if (cmd['subtype'] === 'AT_SetNotNull') {
                        column = cmd['name'];
                        what = `ALTER COLUMN ${column} SET NOT NULL`;
                    }
                    else if (cmd['subtype'] === 'AT_AddConstraint' && cmd['def']?.['Constraint']?.['contype'] === 'CONSTR_NOTNULL') {
                        // PostgreSQL 18: ADD CONSTRAINT … NOT NULL col scans like SET NOT NULL, unless NOT VALID.
                        const con = cmd['def']['Constraint'];
                        if (con['skip_validation'])
                            continue;
                        column = con['keys']?.[0]?.['String']?.['sval'];
                        what = `ADD CONSTRAINT … NOT NULL ${column}`;
                    }
                    else
                        continue;
                    if (!column)
                        continue;
                    // Already NOT NULL: PostgreSQL does nothing. A validated CHECK from an earlier migration lets it skip the scan.
                    if (catalog.column(table, column)?.notNull)
                        continue;
                    if (catalog.hasValidatedNotNullCheck(table, column, file))
                        continue;
                    const check = catalog.constraints(table).find((c) => c.kind === 'check' && c.notNullColumn === column);
                    const because = !check
                        ? ''
                        : !check.validated
                            ? ` (CHECK ${check.name} is still NOT VALID, so PostgreSQL cannot rely on it)`
                            : ` (CHECK ${check.name} comes from this migration: the scan to validate it already ran under this migration's locks)`;
                    const position = cmd['subtype'] === 'AT_SetNotNull' ? columnOffset(stmt, file, setNotNulls.indexOf(cmd)) : undefined;
                    context.report({
                        stmt,
                        node: position === undefined ? node.relation : undefined,
                        offset: position,
                        message: `${what} on existing table ${name} takes an ACCESS EXCLUSIVE lock and scans the whole table for NULLs${because}: all reads and writes on ${name} wait until the scan finishes`,
                        help: `Add CONSTRAINT … CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the CHECK.`,
                    });
                }
            },
        };
    },
}));
/**
 * Offset of the column name in the n-th "… <column> SET NOT NULL" of the statement (the AST
 * gives ALTER TABLE commands no location). Undefined for statements of function bodies called
 * from elsewhere, whose text is in another file.
 */
function columnOffset(stmt, file, n) {
    if (stmt.context.callSite || n < 0)
        return undefined;
    const words = lexSql(file.text.slice(stmt.start, stmt.end)).filter((t) => t.kind !== 'comment');
    let seen = 0;
    for (let i = 1; i + 2 < words.length; i++) {
        const [set, not, nul] = [words[i], words[i + 1], words[i + 2]].map((t) => t.text.toUpperCase());
        if (set !== 'SET' || not !== 'NOT' || nul !== 'NULL')
            continue;
        if (seen++ === n)
            return stmt.start + words[i - 1].start;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./rules/not-null-column-without-default.ts


const not_null_column_without_default_HELP = 'Give the column a constant DEFAULT (… NOT NULL DEFAULT 0 is instant on PostgreSQL 11+), or add it nullable, backfill it in batches, and SET NOT NULL behind a validated CHECK (col IS NOT NULL) in later migrations.';
const not_null_column_without_default_SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/* harmony default export */ const not_null_column_without_default = (defineRule({
    meta: {
        id: 'not-null-column-without-default',
        description: 'ADD COLUMN … NOT NULL without a default on an existing table.',
        severity: 'error',
        help: not_null_column_without_default_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            AlterTableStmt(node, stmt, file) {
                const alter = alterOfExistingTable(node, catalog, file);
                if (!alter)
                    return;
                const { name } = alter;
                for (const cmd of alter.cmds) {
                    if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def))
                        continue;
                    const col = cmd.def.ColumnDef;
                    const constraints = (col.constraints ?? []).flatMap((n) => ('Constraint' in n ? [n.Constraint] : []));
                    // PRIMARY KEY makes the column NOT NULL too.
                    const notNull = constraints.find((k) => k.contype === 'CONSTR_NOTNULL' || k.contype === 'CONSTR_PRIMARY');
                    if (!notNull || fillsExistingRows(col, constraints))
                        continue;
                    const column = col.colname ?? '?';
                    const how = notNull.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY (so NOT NULL)' : 'NOT NULL';
                    context.report({
                        stmt,
                        node: notNull,
                        message: `ADD COLUMN ${column} ${how} without a DEFAULT on existing table ${name}: PostgreSQL takes ACCESS EXCLUSIVE on ${name} (all reads and writes wait) and then fails as soon as the table has a row (column "${column}" of relation "${node.relation?.relname ?? name}" contains null values)`,
                    });
                }
            },
        };
    },
}));
/** Does ADD COLUMN give every existing row a value: a non-NULL DEFAULT, an identity, a generated expression, a serial? */
function fillsExistingRows(col, constraints) {
    for (const k of constraints) {
        if (k.contype === 'CONSTR_IDENTITY' || k.contype === 'CONSTR_GENERATED')
            return true;
        if (k.contype === 'CONSTR_DEFAULT' && !isNullLiteral(k.raw_expr))
            return true;
    }
    const names = col.typeName?.names ?? [];
    const only = names.length === 1 ? names[0] : undefined;
    return only !== undefined && 'String' in only && not_null_column_without_default_SERIAL.has(only.String.sval ?? '');
}
/** DEFAULT NULL, DEFAULT NULL::type. */
function isNullLiteral(e) {
    if (!e)
        return true;
    if ('A_Const' in e)
        return e.A_Const.isnull === true;
    if ('TypeCast' in e)
        return isNullLiteral(e.TypeCast.arg);
    return false;
}

;// CONCATENATED MODULE: ./rules/volatile-default.ts



const volatile_default_HELP = 'Add the column without a default (or with a constant one), SET DEFAULT for new rows, backfill existing rows in batches, then add NOT NULL through a validated CHECK.';
const GENERATED_HELP = 'Add a plain nullable column kept up to date by a BEFORE INSERT OR UPDATE trigger, backfill existing rows in batches (or use GENERATED … VIRTUAL on PostgreSQL 18).';
/* harmony default export */ const volatile_default = (defineRule({
    meta: {
        id: 'volatile-default',
        description: 'ADD COLUMN with a volatile default or GENERATED … STORED on an existing table (table rewrite).',
        severity: 'error',
        help: volatile_default_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            AlterTableStmt(node, stmt, file) {
                const alter = alterOfExistingTable(node, catalog, file);
                if (!alter)
                    return;
                const { name } = alter;
                const rewrite = `rewrites the whole table under an ACCESS EXCLUSIVE lock: all reads and writes on ${name} wait until every row has been written again`;
                for (const c of alter.cmds) {
                    const cmd = c;
                    if (cmd['subtype'] !== 'AT_AddColumn')
                        continue;
                    const def = cmd['def']?.['ColumnDef'];
                    const column = def?.['colname'];
                    if (!def || !column)
                        continue;
                    const typeName = def['typeName'];
                    const typeWord = String(typeName?.['names']?.at(-1)?.['String']?.['sval'] ?? '');
                    if (SERIALS.has(typeWord) && !typeName?.['arrayBounds']) {
                        context.report({
                            stmt,
                            node: typeName,
                            message: `ADD COLUMN ${column} ${typeWord} on existing table ${name} fills every row from a sequence (nextval() is volatile), so it ${rewrite}`,
                            help: `Add a nullable ${typeWord === 'bigserial' || typeWord === 'serial8' ? 'bigint' : 'integer'} column, then SET DEFAULT nextval(…) from a sequence you create, backfill existing rows in batches, and add NOT NULL through a validated CHECK.`,
                        });
                        continue;
                    }
                    const defaults = def['raw_default'] ? [def['raw_default']] : [];
                    for (const k of (def['constraints'] ?? [])) {
                        const con = ('Constraint' in k ? k.Constraint : {});
                        if (con['contype'] === 'CONSTR_DEFAULT' && con['raw_expr'])
                            defaults.push(con['raw_expr']);
                        else if (con['contype'] === 'CONSTR_GENERATED' && con['generated_kind'] !== 'v') {
                            context.report({
                                stmt,
                                node: con,
                                message: `ADD COLUMN ${column} … GENERATED ALWAYS AS (…) STORED on existing table ${name} computes the value for every row, so it ${rewrite}`,
                                help: GENERATED_HELP,
                            });
                        }
                        else if (con['contype'] === 'CONSTR_IDENTITY') {
                            context.report({
                                stmt,
                                node: con,
                                message: `ADD COLUMN ${column} … GENERATED AS IDENTITY on existing table ${name} numbers every row from a sequence, so it ${rewrite}`,
                                help: 'Add a nullable column, attach a sequence (SET DEFAULT nextval(…), or ADD GENERATED … AS IDENTITY once it is filled), backfill existing rows in batches, then add NOT NULL through a validated CHECK.',
                            });
                        }
                    }
                    for (const expr of defaults) {
                        const call = volatileCall(expr, catalog);
                        if (!call)
                            continue;
                        context.report({
                            stmt,
                            node: call.node,
                            message: `ADD COLUMN ${column} … DEFAULT ${call.name}(…) on existing table ${name}: ${call.known ? 'the default is volatile' : `${call.name}() is not known to be STABLE or IMMUTABLE`}, so PostgreSQL evaluates it for every row and ${rewrite}`,
                            help: `Add the column without a default (or with a constant one), then SET DEFAULT ${call.name}() for new rows, backfill existing rows in batches, and add NOT NULL through a validated CHECK.`,
                        });
                    }
                }
            },
        };
    },
}));
const SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/** Functions PostgreSQL marks VOLATILE that migrations use as defaults. */
const VOLATILE = new Set(['gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7', 'random', 'random_normal', 'clock_timestamp', 'timeofday', 'nextval', 'setval', 'gen_random_bytes']);
/**
 * Built-in functions PostgreSQL marks STABLE or IMMUTABLE (pg_proc.provolatile 's' or 'i'): a
 * default using them is evaluated once and stored as the "missing" value, without a rewrite
 * (PostgreSQL 11+). txid_current() and pg_current_xact_id() are STABLE too.
 */
const NOT_VOLATILE = new Set([
    'now', 'statement_timestamp', 'transaction_timestamp', 'current_setting', 'current_database', 'current_schema',
    'txid_current', 'pg_current_xact_id',
    'lower', 'upper', 'initcap', 'btrim', 'ltrim', 'rtrim', 'length', 'char_length', 'character_length', 'octet_length',
    'concat', 'concat_ws', 'format', 'replace', 'substring', 'substr', 'left', 'right', 'lpad', 'rpad', 'repeat',
    'split_part', 'md5', 'sha256', 'encode', 'decode', 'abs', 'round', 'floor', 'ceil', 'ceiling', 'trunc',
    'make_date', 'make_time', 'make_interval', 'make_timestamp', 'make_timestamptz', 'date_trunc', 'date_part',
    'extract', 'to_char', 'to_date', 'to_timestamp', 'to_number', 'timezone', 'to_json', 'to_jsonb',
    'json_build_object', 'json_build_array', 'jsonb_build_object', 'jsonb_build_array', 'array_fill', 'array_append',
    'array_prepend', 'array_cat', 'array_remove',
]);
/**
 * The first call in a DEFAULT expression that may be volatile: a known volatile built-in, or any
 * function that is neither a known STABLE/IMMUTABLE built-in nor a function an earlier migration
 * declared STABLE or IMMUTABLE. Constants, casts, operators and CURRENT_TIMESTAMP-style keywords
 * are fine.
 */
function volatileCall(expr, catalog) {
    if (Array.isArray(expr)) {
        for (const e of expr) {
            const found = volatileCall(e, catalog);
            if (found)
                return found;
        }
        return undefined;
    }
    if (!expr || typeof expr !== 'object')
        return undefined;
    const node = expr;
    const call = node['FuncCall'];
    if (call) {
        const names = (call['funcname'] ?? []).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
        const name = names[names.length - 1] ?? '?';
        const builtin = names.length === 1 || names[0] === 'pg_catalog';
        const display = names.filter((n) => n !== 'pg_catalog').join('.');
        if (builtin && VOLATILE.has(name))
            return { name: display, node: call, known: true };
        if (!(builtin && NOT_VOLATILE.has(name)) && !declaredStable(nameListKey(call['funcname']), catalog)) {
            return { name: display, node: call, known: false };
        }
    }
    for (const v of Object.values(node)) {
        if (v && typeof v === 'object') {
            const found = volatileCall(v, catalog);
            if (found)
                return found;
        }
    }
    return undefined;
}
/** A function created by an earlier migration as STABLE or IMMUTABLE. */
function declaredStable(key, catalog) {
    const fn = key ? catalog.functions.get(key) : undefined;
    if (!fn)
        return false;
    return (fn.origin.stmt.node['options'] ?? []).some((o) => 'DefElem' in o && o.DefElem.defname === 'volatility' && ['immutable', 'stable'].includes(String(o.DefElem.arg?.['String']?.['sval'])));
}

;// CONCATENATED MODULE: ./src/model/catalog.ts

const DROP_KINDS = {
    OBJECT_TABLE: 'table',
    OBJECT_INDEX: 'index',
    OBJECT_VIEW: 'view',
    OBJECT_MATVIEW: 'materialized view',
    OBJECT_SEQUENCE: 'sequence',
};
class Catalog {
    project;
    relations = new Map();
    functions = new Map();
    /** Columns by table key (only for tables whose CREATE TABLE the catalog saw). */
    columnsByTable = new Map();
    /** Constraints by table key. */
    constraintsByTable = new Map();
    /** Types (enums, composites, domains) by key, with where they were created. */
    types = new Map();
    /**
     * Tables whose column list the catalog only knows in part (a table no migration created, or
     * one created with LIKE / AS SELECT): columnsByTable holds the columns added since.
     */
    partialColumns = new Set();
    /** Direct children of a table: its partitions and the tables that INHERIT it. */
    children = new Map();
    /** The table's columns, or undefined when the catalog does not know all of the table's columns. */
    columns(table) {
        if (table === undefined || this.partialColumns.has(table))
            return undefined;
        return this.columnsByTable.get(table);
    }
    /** A column the catalog knows (its type, nullability, default), or undefined. */
    column(table, name) {
        return table === undefined ? undefined : this.columnsByTable.get(table)?.get(name);
    }
    /** A constraint of the table by name, or undefined. */
    constraint(table, name) {
        return this.constraints(table).find((c) => c.name === name);
    }
    /** Did the column exist before this change? Unknown columns of a pre-existing table did. */
    isColumnPreExisting(table, name, file) {
        if (!this.isPreExisting(table, file))
            return false;
        const col = this.column(table, name);
        return col ? !this.isNewOrigin(col.origin, file) : true;
    }
    constraints(table) {
        return table === undefined ? [] : (this.constraintsByTable.get(table) ?? []);
    }
    /**
     * A validated CHECK (col IS NOT NULL) created by an earlier migration (lets SET NOT NULL skip its
     * scan, PG ≥ 12); VALIDATE CONSTRAINT may have run earlier in this file. PostgreSQL 18's
     * NOT NULL constraints added NOT VALID and validated since count too.
     */
    hasValidatedNotNullCheck(table, column, file) {
        return this.constraints(table).some((c) => (c.kind === 'check' || c.kind === 'not null') && c.validated && c.notNullColumn === column && c.origin.file !== file);
    }
    /** Did this view/function/type exist before the change (unknown ones did)? */
    isObjectPreExisting(kind, key, file) {
        if (key === undefined)
            return true;
        if (kind === 'function' || kind === 'procedure') {
            const f = this.functions.get(key);
            return f ? !this.isNewOrigin(f.origin, file) : true;
        }
        if (kind === 'type') {
            const t = this.types.get(key);
            return t ? !this.isNewOrigin(t.origin, file) : true;
        }
        return this.isPreExisting(key, file);
    }
    constructor(project) {
        this.project = project;
    }
    relation(key) {
        return key === undefined ? undefined : this.relations.get(key);
    }
    /**
     * Did this relation exist before the change being linted? Unknown relations (created outside
     * the migrations directory, or by dynamic SQL) count as pre-existing. Relations created earlier
     * in the same file are new; so are those created by another migration that is new in the
     * change set, when a base ref tells which migrations are new.
     */
    isPreExisting(key, file) {
        const rel = this.relation(key);
        if (!rel)
            return true;
        if (this.isNewOrigin(rel.origin, file))
            return false;
        if (rel.kind === 'index' && rel.table)
            return this.isPreExisting(rel.table, file);
        return true;
    }
    isNewOrigin(origin, file) {
        return origin.file === file || (this.project.base !== undefined && origin.file.isNew);
    }
    /** Records what a statement that ran creates, drops or renames. */
    apply(stmt, file) {
        const n = stmt.node;
        const origin = { file, stmt };
        switch (stmt.kind) {
            case 'CreateStmt': {
                const key = relationKey(n['relation']);
                if (key && !this.relations.has(key)) {
                    this.relations.set(key, {
                        key,
                        kind: 'table',
                        origin,
                        partitioned: n['partspec'] !== undefined,
                        primaryKey: primaryKeyOf(n['tableElts']),
                    });
                    this.createColumns(key, n, origin);
                }
                break;
            }
            case 'AlterTableStmt': {
                if (n['objtype'] !== 'OBJECT_TABLE' && n['objtype'] !== 'OBJECT_FOREIGN_TABLE')
                    break;
                const rv = n['relation'];
                const key = relationKey(rv);
                if (!key)
                    break;
                for (const c of (n['cmds'] ?? [])) {
                    if (!('AlterTableCmd' in c))
                        continue;
                    const cmd = c.AlterTableCmd;
                    // Column changes reach partitions and inheriting tables too, unless ONLY.
                    const targets = rv?.inh && RECURSING.has(String(cmd['subtype'])) ? [key, ...this.descendants(key)] : [key];
                    for (const t of targets)
                        this.alterTable(t, cmd, origin);
                }
                break;
            }
            case 'CreateEnumStmt':
            case 'CompositeTypeStmt':
            case 'CreateDomainStmt':
            case 'CreateRangeStmt':
            case 'DefineStmt': {
                const found = typeCreated(stmt.kind, n);
                if (found && !this.types.has(found.key))
                    this.types.set(found.key, { ...found, origin });
                break;
            }
            case 'SelectStmt': {
                // SELECT … INTO t creates a table, like CREATE TABLE t AS.
                const key = relationKey(n['intoClause']?.['rel']);
                if (key && !this.relations.has(key)) {
                    this.relations.set(key, { key, kind: 'table', origin });
                    this.forgetTable(key);
                    this.partialColumns.add(key);
                }
                break;
            }
            case 'CreateTableAsStmt': {
                const key = relationKey(n['into']?.['rel']);
                const kind = n['objtype'] === 'OBJECT_MATVIEW' ? 'materialized view' : 'table';
                if (key && !this.relations.has(key)) {
                    this.relations.set(key, { key, kind, origin });
                    this.forgetTable(key);
                    this.partialColumns.add(key);
                }
                break;
            }
            case 'ViewStmt': {
                const key = relationKey(n['view']);
                if (key && (!this.relations.has(key) || n['replace'])) {
                    const existing = this.relations.get(key);
                    this.relations.set(key, existing ?? { key, kind: 'view', origin });
                }
                break;
            }
            case 'CreateSeqStmt': {
                const key = relationKey(n['sequence']);
                if (key && !this.relations.has(key))
                    this.relations.set(key, { key, kind: 'sequence', origin });
                break;
            }
            case 'IndexStmt': {
                const table = relationKey(n['relation']);
                const schema = n['relation']?.schemaname ?? 'public';
                if (n['idxname']) {
                    const key = `${schema}.${n['idxname']}`;
                    if (!this.relations.has(key))
                        this.relations.set(key, { key, kind: 'index', origin, table });
                }
                break;
            }
            case 'DropStmt': {
                const kind = DROP_KINDS[String(n['removeType'])];
                if (n['removeType'] === 'OBJECT_TYPE' || n['removeType'] === 'OBJECT_DOMAIN') {
                    for (const o of (n['objects'] ?? [])) {
                        const key = 'TypeName' in o ? nameListKey(o.TypeName.names) : undefined;
                        if (key)
                            this.types.delete(key);
                    }
                    break;
                }
                if (!kind) {
                    if (n['removeType'] === 'OBJECT_FUNCTION' || n['removeType'] === 'OBJECT_PROCEDURE') {
                        for (const o of (n['objects'] ?? [])) {
                            const key = 'ObjectWithArgs' in o ? nameListKey(o.ObjectWithArgs.objname) : undefined;
                            if (key)
                                this.functions.delete(key);
                        }
                    }
                    break;
                }
                for (const o of (n['objects'] ?? [])) {
                    const key = 'List' in o ? nameListKey(o.List.items) : undefined;
                    if (!key)
                        continue;
                    // Partitions go with their table; inheriting tables only with CASCADE.
                    const also = kind === 'table' && (this.relations.get(key)?.partitioned || n['behavior'] === 'DROP_CASCADE') ? this.descendants(key) : [];
                    for (const k of [key, ...also]) {
                        this.relations.delete(k);
                        this.forgetTable(k);
                        if (kind === 'table') {
                            for (const [i, r] of this.relations)
                                if (r.table === k)
                                    this.relations.delete(i);
                        }
                    }
                }
                break;
            }
            case 'RenameStmt': {
                const type = String(n['renameType']);
                if (type === 'OBJECT_COLUMN' || type === 'OBJECT_TABCONSTRAINT') {
                    const table = relationKey(n['relation']);
                    const { subname, newname } = n;
                    if (!table || !subname || !newname)
                        break;
                    if (type === 'OBJECT_COLUMN') {
                        const rv = n['relation'];
                        for (const t of [table, ...(rv?.inh ? this.descendants(table) : [])])
                            this.renameColumn(t, subname, newname);
                    }
                    else {
                        const c = this.constraint(table, subname);
                        if (c)
                            c.name = newname;
                    }
                    break;
                }
                if (type === 'OBJECT_TYPE' || type === 'OBJECT_DOMAIN') {
                    const from = nameListKey(n['object']?.['List']?.['items']);
                    if (from && n['newname'])
                        this.moveType(from, `${from.slice(0, from.indexOf('.'))}.${n['newname']}`);
                    break;
                }
                if (![...RELATION_OBJECTS, 'OBJECT_INDEX'].includes(type))
                    break;
                const rv = n['relation'];
                const from = relationKey(rv);
                if (!from || !n['newname'])
                    break;
                this.move(from, `${rv?.schemaname ?? 'public'}.${n['newname']}`);
                break;
            }
            case 'AlterObjectSchemaStmt': {
                if ((n['objectType'] === 'OBJECT_TYPE' || n['objectType'] === 'OBJECT_DOMAIN') && n['newschema']) {
                    const from = nameListKey(n['object']?.['List']?.['items']);
                    if (from)
                        this.moveType(from, `${n['newschema']}.${from.slice(from.indexOf('.') + 1)}`);
                    break;
                }
                if (!RELATION_OBJECTS.includes(String(n['objectType'])) || !n['newschema'])
                    break;
                const from = relationKey(n['relation']);
                if (from)
                    this.move(from, `${n['newschema']}.${from.slice(from.indexOf('.') + 1)}`);
                break;
            }
            case 'CreateFunctionStmt': {
                const key = nameListKey(n['funcname']);
                if (key)
                    this.functions.set(key, { key, origin });
                break;
            }
        }
    }
    /** Columns and constraints of a CREATE TABLE (including PARTITION OF, INHERITS and LIKE). */
    createColumns(table, n, origin) {
        this.forgetTable(table);
        const columns = new Map();
        const constraints = [];
        this.columnsByTable.set(table, columns);
        this.constraintsByTable.set(table, constraints);
        // Inherited columns come first, as in PostgreSQL; a parent whose columns are unknown leaves them unknown.
        const parents = (n['inhRelations'] ?? []).map((p) => ('RangeVar' in p ? relationKey(p.RangeVar) : undefined));
        for (const parent of parents) {
            if (parent)
                this.childrenOf(parent).add(table);
            const known = parent ? this.columns(parent) : undefined;
            if (!known)
                this.partialColumns.add(table);
            for (const c of known?.values() ?? [])
                columns.set(c.name, { ...c, origin });
            // CHECK constraints are inherited (NOT VALID ones too, validated on the child's creation).
            for (const c of this.constraints(parent))
                if (c.kind === 'check' || c.kind === 'not null')
                    constraints.push({ ...c, validated: true, origin });
        }
        for (const e of (n['tableElts'] ?? [])) {
            if ('TableLikeClause' in e) {
                const source = this.columns(relationKey(e.TableLikeClause.relation));
                if (!source)
                    this.partialColumns.add(table);
                // LIKE copies names, types and NOT NULL; defaults only with INCLUDING DEFAULTS (or ALL).
                const withDefaults = ((e.TableLikeClause.options ?? 0) & (LIKE_DEFAULTS | LIKE_ALL)) !== 0;
                for (const c of source?.values() ?? [])
                    columns.set(c.name, { name: c.name, type: c.type, notNull: c.notNull, hasDefault: withDefaults && c.hasDefault, origin });
            }
            else if ('ColumnDef' in e) {
                const def = e.ColumnDef;
                const name = def['colname'];
                if (!name)
                    continue;
                const existing = columns.get(name);
                const col = existing
                    ? { ...existing, origin }
                    : { name, type: def['typeName'] ? typeNameText(def['typeName']) : '?', notNull: false, hasDefault: false, origin };
                columns.set(name, col);
                this.columnDef(table, col, def, origin);
            }
            else if ('Constraint' in e) {
                this.addConstraint(table, e.Constraint, origin, true);
            }
        }
    }
    /** Applies a column definition's type-implied properties and constraints to `col`. */
    columnDef(table, col, def, origin, created = true) {
        const typeName = def['typeName'];
        if (typeName && catalog_SERIALS.has(lastName(typeName) ?? '') && !typeName.arrayBounds) {
            col.notNull = true;
            col.hasDefault = true;
        }
        if (def['is_not_null'])
            col.notNull = true;
        if (def['raw_default'])
            col.hasDefault = true;
        for (const c of (def['constraints'] ?? [])) {
            if (!('Constraint' in c))
                continue;
            const con = c.Constraint;
            switch (con['contype']) {
                case 'CONSTR_NOTNULL':
                    col.notNull = true;
                    break;
                case 'CONSTR_NULL':
                    col.notNull = false;
                    break;
                case 'CONSTR_DEFAULT':
                    col.hasDefault = true;
                    break;
                case 'CONSTR_IDENTITY':
                    col.identity = true;
                    col.notNull = true;
                    break;
                case 'CONSTR_GENERATED':
                    col.generated = con['generated_kind'] === 'v' ? 'virtual' : 'stored';
                    break;
                default:
                    this.addConstraint(table, con, origin, created, col.name);
            }
        }
    }
    alterTable(table, cmd, origin) {
        const name = cmd['name'];
        const col = name ? this.column(table, name) : undefined;
        switch (cmd['subtype']) {
            case 'AT_AddColumn': {
                const def = cmd['def']?.['ColumnDef'];
                const colname = def?.['colname'];
                if (!def || !colname)
                    break;
                let columns = this.columnsByTable.get(table);
                if (!columns) {
                    columns = new Map();
                    this.columnsByTable.set(table, columns);
                    this.partialColumns.add(table);
                }
                if (columns.has(colname))
                    break;
                // ADD COLUMN IF NOT EXISTS on a table whose columns are not all known may be a no-op.
                if (cmd['missing_ok'] && this.partialColumns.has(table))
                    break;
                const info = { name: colname, type: def['typeName'] ? typeNameText(def['typeName']) : '?', notNull: false, hasDefault: false, origin };
                columns.set(colname, info);
                this.columnDef(table, info, def, origin, false);
                break;
            }
            case 'AT_DropColumn':
                if (name)
                    this.dropColumn(table, name);
                break;
            case 'AT_AlterColumnType': {
                const typeName = cmd['def']?.['ColumnDef']?.['typeName'];
                if (col && typeName)
                    col.type = typeNameText(typeName);
                break;
            }
            case 'AT_SetNotNull':
                if (col)
                    col.notNull = true;
                break;
            case 'AT_DropNotNull':
                if (col)
                    col.notNull = false;
                for (const c of this.constraints(table))
                    if (c.kind === 'not null' && c.notNullColumn === name)
                        this.dropConstraint(table, c.name);
                break;
            case 'AT_ColumnDefault':
                if (col)
                    col.hasDefault = cmd['def'] !== undefined;
                break;
            case 'AT_AddIdentity':
                if (col)
                    col.identity = true;
                break;
            case 'AT_DropIdentity':
                if (col)
                    col.identity = false;
                break;
            case 'AT_DropExpression':
                if (col)
                    delete col.generated;
                break;
            case 'AT_AddConstraint': {
                const con = cmd['def']?.['Constraint'];
                if (con)
                    this.addConstraint(table, con, origin, false);
                break;
            }
            case 'AT_ValidateConstraint': {
                const c = name ? this.constraint(table, name) : undefined;
                if (c && !c.validated) {
                    c.validated = true;
                    c.validatedIn = origin;
                    if (c.kind === 'not null' && c.notNullColumn) {
                        const target = this.column(table, c.notNullColumn);
                        if (target)
                            target.notNull = true;
                    }
                }
                break;
            }
            case 'AT_DropConstraint':
                if (name)
                    this.dropConstraint(table, name);
                break;
            case 'AT_AttachPartition':
            case 'AT_DetachPartition': {
                const child = relationKey(cmd['def']?.['PartitionCmd']?.['name']);
                if (!child)
                    break;
                if (cmd['subtype'] === 'AT_AttachPartition')
                    this.childrenOf(table).add(child);
                else
                    this.children.get(table)?.delete(child);
                break;
            }
            case 'AT_AddInherit':
            case 'AT_DropInherit': {
                const parent = relationKey(cmd['def']?.['RangeVar']);
                if (!parent)
                    break;
                if (cmd['subtype'] === 'AT_AddInherit')
                    this.childrenOf(parent).add(table);
                else
                    this.children.get(parent)?.delete(table);
                break;
            }
        }
    }
    childrenOf(table) {
        let set = this.children.get(table);
        if (!set)
            this.children.set(table, (set = new Set()));
        return set;
    }
    /** Partitions and inheriting tables, all the way down (each once, whatever the graph). */
    descendants(table) {
        const out = [];
        const seen = new Set([table]);
        const visit = (t) => {
            for (const c of this.children.get(t) ?? []) {
                if (seen.has(c))
                    continue;
                seen.add(c);
                out.push(c);
                visit(c);
            }
        };
        visit(table);
        return out;
    }
    /**
     * Records a constraint. In CREATE TABLE, PostgreSQL marks CHECK and FOREIGN KEY constraints
     * valid even when written NOT VALID (the new table is empty); ALTER TABLE … ADD … NOT VALID
     * leaves them unvalidated.
     */
    addConstraint(table, con, origin, created, column) {
        const kind = CONSTRAINT_KINDS[String(con['contype'])];
        if (!kind)
            return;
        const names = (list) => (list ?? []).map((k) => ('String' in k ? (k.String.sval ?? '') : '')).filter(Boolean);
        let columns;
        let notNullColumn;
        if (kind === 'check') {
            notNullColumn = notNullTestColumn(con['raw_expr']);
            const refs = new Set();
            walk(con['raw_expr'], (node) => {
                const f = node['ColumnRef']?.['fields'];
                const last = f?.[f.length - 1];
                if (last && 'String' in last && last.String.sval)
                    refs.add(last.String.sval);
            });
            columns = [...refs];
        }
        else if (kind === 'exclusion') {
            columns = (con['exclusions'] ?? []).flatMap((pair) => {
                const elem = pair[0]?.['IndexElem'];
                return elem?.['name'] ? [elem['name']] : [];
            });
        }
        else if (kind === 'not null') {
            notNullColumn = column ?? names(con['keys'])[0];
            columns = notNullColumn ? [notNullColumn] : undefined;
        }
        else {
            const keys = names(kind === 'foreign key' ? con['fk_attrs'] : con['keys']);
            columns = keys.length ? keys : column ? [column] : undefined;
        }
        const validated = created || !con['skip_validation'];
        if (kind === 'primary key' || (kind === 'not null' && validated)) {
            for (const c of columns ?? []) {
                const info = this.column(table, c);
                if (info)
                    info.notNull = true;
            }
        }
        let list = this.constraintsByTable.get(table);
        if (!list)
            this.constraintsByTable.set(table, (list = []));
        const info = {
            name: con['conname'] ?? this.constraintName(table, kind, columns ?? []),
            kind,
            validated,
            origin,
        };
        if (notNullColumn)
            info.notNullColumn = notNullColumn;
        if (columns)
            info.columns = columns;
        if (kind === 'foreign key') {
            const ref = relationKey(con['pktable']);
            if (ref)
                info.references = ref;
        }
        list.push(info);
    }
    /**
     * The name PostgreSQL chooses for an unnamed constraint: users_pkey, users_email_key,
     * orders_customer_id_fkey, … cut to 63 bytes as PostgreSQL cuts it, numbered on a clash.
     */
    constraintName(table, kind, columns) {
        const rel = table.slice(table.indexOf('.') + 1);
        const label = { check: 'check', 'foreign key': 'fkey', unique: 'key', 'primary key': 'pkey', exclusion: 'excl', 'not null': 'not_null' }[kind];
        // A CHECK is named after its column only when its expression uses exactly one.
        const named = kind === 'primary key' ? [] : kind === 'check' ? (columns.length === 1 ? columns : []) : columns;
        const addition = named.length ? nameAddition(named) : undefined;
        const taken = new Set(this.constraints(table).map((c) => c.name));
        for (let pass = 0;; pass++) {
            const name = makeObjectName(rel, addition, pass ? `${label}${pass}` : label);
            if (!taken.has(name))
                return name;
        }
    }
    dropConstraint(table, name) {
        const list = this.constraintsByTable.get(table);
        if (!list)
            return;
        const i = list.findIndex((c) => c.name === name);
        if (i < 0)
            return;
        // Dropping a primary key leaves its columns NOT NULL; nullability stays as it is.
        list.splice(i, 1);
    }
    /** DROP COLUMN drops the constraints and indexes that involve the column (CASCADE or not). */
    dropColumn(table, name) {
        this.columnsByTable.get(table)?.delete(name);
        const list = this.constraintsByTable.get(table);
        if (list)
            this.constraintsByTable.set(table, list.filter((c) => !(c.columns ?? []).includes(name) && c.notNullColumn !== name));
    }
    renameColumn(table, from, to) {
        const columns = this.columnsByTable.get(table);
        const col = columns?.get(from);
        if (columns && col) {
            columns.delete(from);
            columns.set(to, { ...col, name: to });
        }
        for (const c of this.constraints(table)) {
            if (c.notNullColumn === from)
                c.notNullColumn = to;
            if (c.columns)
                c.columns = c.columns.map((x) => (x === from ? to : x));
        }
        // Foreign keys of other tables that reference the renamed column keep pointing at it; they name no columns here.
    }
    /** Forgets what the catalog knows of a table's columns and constraints. */
    forgetTable(key) {
        this.columnsByTable.delete(key);
        this.constraintsByTable.delete(key);
        this.partialColumns.delete(key);
        this.children.delete(key);
        for (const set of this.children.values())
            set.delete(key);
    }
    moveType(from, to) {
        const info = this.types.get(from);
        this.types.delete(from);
        if (info)
            this.types.set(to, { ...info, key: to });
    }
    /**
     * A relation renamed or moved to another schema keeps its origin under the new key; its
     * indexes follow a table into its new schema. An unknown relation stays unknown under its new
     * name, which still counts as pre-existing.
     */
    move(from, to) {
        if (from === to)
            return;
        const info = this.relations.get(from);
        this.relations.delete(from);
        this.forgetTable(to);
        const columns = this.columnsByTable.get(from);
        if (columns)
            this.columnsByTable.set(to, columns);
        const constraints = this.constraintsByTable.get(from);
        if (constraints)
            this.constraintsByTable.set(to, constraints);
        if (this.partialColumns.has(from))
            this.partialColumns.add(to);
        const kids = this.children.get(from);
        const parents = [...this.children].filter(([, set]) => set.has(from)).map(([p]) => p);
        this.forgetTable(from);
        if (kids)
            this.children.set(to, kids);
        for (const p of parents)
            this.childrenOf(p).add(to);
        for (const list of this.constraintsByTable.values())
            for (const c of list)
                if (c.references === from)
                    c.references = to;
        if (!info)
            return;
        this.relations.set(to, { ...info, key: to });
        const fromSchema = from.slice(0, from.indexOf('.'));
        const toSchema = to.slice(0, to.indexOf('.'));
        for (const r of [...this.relations.values()]) {
            if (r.table !== from)
                continue;
            r.table = to;
            if (r.kind === 'index' && fromSchema !== toSchema) {
                const moved = `${toSchema}.${r.key.slice(r.key.indexOf('.') + 1)}`;
                this.relations.delete(r.key);
                this.relations.set(moved, { ...r, key: moved });
            }
        }
    }
}
/**
 * ALTER TABLE subcommands PostgreSQL applies to partitions and inheriting tables as well
 * (unless ALTER TABLE ONLY). Constraints are left out: they reach children under names of
 * their own (foreign keys of partitions) or not at all (NO INHERIT).
 */
const RECURSING = new Set(['AT_AddColumn', 'AT_DropColumn', 'AT_AlterColumnType', 'AT_SetNotNull', 'AT_DropNotNull', 'AT_ColumnDefault']);
/** Object types of ALTER … RENAME / SET SCHEMA that name a table-like relation. */
const RELATION_OBJECTS = ['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE', 'OBJECT_FOREIGN_TABLE'];
function primaryKeyOf(elts) {
    for (const e of elts ?? []) {
        if ('ColumnDef' in e) {
            const pk = (e.ColumnDef.constraints ?? []).some((c) => 'Constraint' in c && c.Constraint.contype === 'CONSTR_PRIMARY');
            if (pk && e.ColumnDef.colname)
                return [e.ColumnDef.colname];
        }
        else if ('Constraint' in e && e.Constraint.contype === 'CONSTR_PRIMARY') {
            return (e.Constraint.keys ?? []).map((k) => ('String' in k ? k.String.sval ?? '' : ''));
        }
    }
    return undefined;
}
const CONSTRAINT_KINDS = {
    CONSTR_CHECK: 'check',
    CONSTR_FOREIGN: 'foreign key',
    CONSTR_UNIQUE: 'unique',
    CONSTR_PRIMARY: 'primary key',
    CONSTR_EXCLUSION: 'exclusion',
    CONSTR_NOTNULL: 'not null',
};
/** TableLikeOption bits (CREATE_TABLE_LIKE_DEFAULTS, CREATE_TABLE_LIKE_ALL). */
const LIKE_DEFAULTS = 1 << 3;
const LIKE_ALL = 0x7fffffff;
const catalog_SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/** PostgreSQL's display names (format_type) of the built-in types, by internal or alias name. */
const TYPE_NAMES = {
    int: 'integer', int4: 'integer', integer: 'integer', serial: 'integer', serial4: 'integer',
    int8: 'bigint', bigint: 'bigint', bigserial: 'bigint', serial8: 'bigint',
    int2: 'smallint', smallint: 'smallint', smallserial: 'smallint', serial2: 'smallint',
    float4: 'real', real: 'real', float8: 'double precision', float: 'double precision',
    decimal: 'numeric', numeric: 'numeric',
    bool: 'boolean', boolean: 'boolean',
    varchar: 'character varying', bpchar: 'character', char: 'character',
    varbit: 'bit varying', bit: 'bit',
    timestamptz: 'timestamp with time zone', timestamp: 'timestamp without time zone',
    timetz: 'time with time zone', time: 'time without time zone',
};
/** Types whose typmod goes after the first word: timestamp(3) with time zone. */
const TYPMOD_INSIDE = new Set(['timestamptz', 'timestamp', 'timetz', 'time']);
/** PostgreSQL's NAMEDATALEN: identifiers are at most 63 bytes. */
const NAMEDATALEN = 64;
const utf8Length = (s) => Buffer.byteLength(s, 'utf8');
/** The longest prefix of `s` of at most `bytes` UTF-8 bytes that does not split a character. */
function clipBytes(s, bytes) {
    let used = 0;
    let end = 0;
    for (const ch of s) {
        const n = utf8Length(ch);
        if (used + n > bytes)
            break;
        used += n;
        end += ch.length;
    }
    return s.slice(0, end);
}
/**
 * Column names joined by "_" for a generated name, as PostgreSQL's
 * ChooseForeignKeyConstraintNameAddition / ChooseIndexNameAddition build it (they stop once
 * the result reaches NAMEDATALEN bytes; makeObjectName cuts it further).
 */
function nameAddition(columns) {
    let buf = '';
    for (const c of columns) {
        if (buf)
            buf += '_';
        buf += clipBytes(c, NAMEDATALEN - 1);
        if (utf8Length(buf) >= NAMEDATALEN)
            break;
    }
    return buf;
}
/**
 * PostgreSQL's makeObjectName: name1_name2_label in at most 63 bytes. When too long, the longer
 * of name1 and name2 loses a byte at a time (name2 on a tie), then each is cut back to a whole
 * character; the label is never cut.
 */
function makeObjectName(name1, name2, label) {
    const overhead = utf8Length(label) + 1 + (name2 === undefined ? 0 : 1);
    const avail = NAMEDATALEN - 1 - overhead;
    let n1 = utf8Length(name1);
    let n2 = name2 === undefined ? 0 : utf8Length(name2);
    while (n1 + n2 > avail) {
        if (n1 > n2)
            n1--;
        else
            n2--;
    }
    const parts = [clipBytes(name1, n1)];
    if (name2 !== undefined)
        parts.push(clipBytes(name2, n2));
    parts.push(label);
    return parts.join('_');
}
function lastName(t) {
    const last = t.names?.[t.names.length - 1];
    return last && 'String' in last ? last.String.sval : undefined;
}
/**
 * A column type as PostgreSQL prints it (format_type): "character varying(255)", "numeric(12,4)",
 * "timestamp(3) with time zone", "integer[]". User-defined types keep their written name
 * (schema-qualified when written so, "public." omitted).
 */
function typeNameText(t) {
    const parts = (t.names ?? []).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
    const builtin = parts.length === 1 || parts[0] === 'pg_catalog';
    const name = parts[parts.length - 1] ?? '?';
    const mods = (t.typmods ?? []).map((m) => {
        const c = 'A_Const' in m ? m.A_Const : undefined;
        if (c && 'ival' in c)
            return String(c.ival?.ival ?? 0);
        if (c && 'sval' in c)
            return String(c.sval?.sval ?? '');
        return '?';
    });
    const array = '[]'.repeat(t.arrayBounds?.length ?? 0);
    let text;
    if (builtin && TYPE_NAMES[name]) {
        const display = TYPE_NAMES[name];
        if (name === 'interval' || mods.length === 0)
            text = display;
        else if (TYPMOD_INSIDE.has(name))
            text = display.replace(/^(\w+)/, `$1(${mods[0]})`);
        else if (display === 'numeric' && mods.length === 1)
            text = `numeric(${mods[0]},0)`;
        else
            text = `${display}(${mods.join(',')})`;
    }
    else if (builtin && name === 'interval') {
        // INTERVAL fields (DAY TO SECOND, …) are encoded in the typmod; keep them opaque.
        text = mods.length ? `interval(${mods.join(',')})` : 'interval';
    }
    else {
        const qualified = parts.length > 1 && parts[0] !== 'public' && !builtin ? parts.join('.') : name;
        text = mods.length ? `${qualified}(${mods.join(',')})` : qualified;
    }
    return text + array;
}
/** For CHECK (col IS NOT NULL): the column. */
function notNullTestColumn(expr) {
    const test = expr?.['NullTest'];
    if (!test || test['nulltesttype'] !== 'IS_NOT_NULL' || test['argisrow'])
        return undefined;
    const fields = test['arg']?.['ColumnRef']?.['fields'];
    if (fields?.length !== 1)
        return undefined;
    const f = fields[0];
    return 'String' in f ? f.String.sval : undefined;
}
/** The type a CREATE TYPE / CREATE DOMAIN statement creates. */
function typeCreated(kind, n) {
    switch (kind) {
        case 'CreateEnumStmt': {
            const key = nameListKey(n['typeName']);
            return key ? { key, kind: 'enum' } : undefined;
        }
        case 'CompositeTypeStmt': {
            const key = relationKey(n['typevar']);
            return key ? { key, kind: 'composite' } : undefined;
        }
        case 'CreateDomainStmt': {
            const key = nameListKey(n['domainname']);
            return key ? { key, kind: 'domain' } : undefined;
        }
        case 'CreateRangeStmt': {
            const key = nameListKey(n['typeName']);
            return key ? { key, kind: 'range' } : undefined;
        }
        case 'DefineStmt': {
            if (n['kind'] !== 'OBJECT_TYPE')
                return undefined;
            const key = nameListKey(n['defnames']);
            return key ? { key, kind: 'base' } : undefined;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./rules/column-type-change.ts



const column_type_change_HELP = 'Expand and contract: add a new column of the new type, backfill it in batches, switch the application to it, then drop the old column in a later migration.';
/* harmony default export */ const column_type_change = (defineRule({
    meta: {
        id: 'column-type-change',
        description: 'ALTER COLUMN … TYPE that rewrites the table under ACCESS EXCLUSIVE.',
        severity: 'error',
        help: column_type_change_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            AlterTableStmt(node, stmt, file) {
                const alter = alterOfExistingTable(node, catalog, file);
                if (!alter)
                    return;
                const { table, name } = alter;
                for (const c of alter.cmds) {
                    const cmd = c;
                    if (cmd['subtype'] !== 'AT_AlterColumnType')
                        continue;
                    const column = cmd['name'];
                    const def = cmd['def']?.['ColumnDef'];
                    if (!column || !def?.['typeName'])
                        continue;
                    const to = typeNameText(def['typeName']);
                    const from = catalog.column(table, column)?.type;
                    const verdict = from === undefined ? 'unknown' : judge(from, to, def, column);
                    if (verdict === 'no rewrite')
                        continue;
                    const change = from === undefined ? `to ${to}` : `from ${from} to ${to}`;
                    const lock = `under an ACCESS EXCLUSIVE lock: all reads and writes on ${name} wait until the table and its indexes are rebuilt`;
                    let message;
                    if (verdict === 'unknown') {
                        message = `ALTER COLUMN ${column} TYPE ${to} on existing table ${name}: the old type of ${column} is unknown (no earlier migration declares it), so assume it rewrites the whole table ${lock}`;
                    }
                    else if (verdict === 'time zone') {
                        message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} rewrites the whole table ${lock} (it is skipped only when the session TimeZone is UTC, PostgreSQL 12+)`;
                    }
                    else if (verdict === 'using') {
                        message = `ALTER COLUMN ${column} TYPE ${change} … USING an expression on existing table ${name} rewrites the whole table ${lock}`;
                    }
                    else {
                        message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} rewrites the whole table ${lock}`;
                    }
                    context.report({
                        stmt,
                        node: def['typeName'],
                        message,
                        help: verdict === 'time zone'
                            ? `Run SET TimeZone = 'UTC' earlier in the migration (PostgreSQL 12+ then skips the rewrite), or expand and contract: add a ${to} column, backfill it in batches, switch over, drop the old one.`
                            : column_type_change_HELP,
                    });
                }
            },
        };
    },
}));
/** Splits a catalog type name ("character varying(20)", "timestamp(3) with time zone", "integer[]"). */
function parseType(text) {
    const array = text.endsWith('[]');
    const bare = text.replace(/(\[\])+$/, '');
    const m = /^([^(]*)\(([\d,]+)\)(.*)$/.exec(bare);
    if (!m)
        return { base: bare, mods: [], array };
    return { base: `${m[1]}${m[3]}`.trim(), mods: m[2].split(',').map(Number), array };
}
/** Types whose length or precision can grow without a rewrite (PostgreSQL's *_support functions). */
const GROWABLE = new Set([
    'character varying',
    'bit varying',
    'timestamp without time zone',
    'timestamp with time zone',
    'time without time zone',
    'time with time zone',
]);
/**
 * Whether PostgreSQL rewrites the table for this type change. Conservative: only the changes its
 * ALTER TABLE code is known to do in place count as no rewrite (checked against PostgreSQL 15:
 * pg_class.relfilenode stays the same).
 */
function judge(fromText, toText, def, column) {
    const using = def['raw_default'];
    // A USING that only names the column (or casts it to the new type) is the default conversion.
    if (using && !isPlainConversion(using, column, toText))
        return 'using';
    // A new collation rebuilds the column's indexes; treat it as a rewrite.
    if (def['collClause'])
        return 'rewrite';
    if (fromText === toText)
        return 'no rewrite';
    const from = parseType(fromText);
    const to = parseType(toText);
    if (from.array || to.array)
        return 'rewrite';
    // Binary-coercible pairs.
    if (from.base === 'character varying' && to.base === 'text')
        return 'no rewrite';
    if (from.base === 'text' && to.base === 'character varying' && to.mods.length === 0)
        return 'no rewrite';
    if (from.base === 'cidr' && to.base === 'inet')
        return 'no rewrite';
    const tz = ['timestamp without time zone', 'timestamp with time zone'];
    if (tz.includes(from.base) && tz.includes(to.base) && from.base !== to.base)
        return 'time zone';
    if (from.base !== to.base)
        return 'rewrite';
    // Same type, new length/precision: unconstrained or at least as large.
    if (to.mods.length === 0)
        return from.base === 'numeric' || GROWABLE.has(from.base) ? 'no rewrite' : 'rewrite';
    if (from.mods.length === 0)
        return 'rewrite';
    if (from.base === 'numeric') {
        const [p1, s1] = from.mods;
        const [p2, s2] = to.mods;
        return s1 === s2 && p2 >= p1 ? 'no rewrite' : 'rewrite';
    }
    if (GROWABLE.has(from.base))
        return to.mods[0] >= from.mods[0] ? 'no rewrite' : 'rewrite';
    return 'rewrite';
}
function isPlainConversion(expr, column, to) {
    const cast = expr['TypeCast'];
    if (cast && typeNameText(cast['typeName']) !== to)
        return false;
    const inner = (cast?.['arg'] ?? expr);
    const fields = inner['ColumnRef']?.['fields'];
    const last = fields?.[fields.length - 1];
    return !!last && 'String' in last && last.String.sval === column;
}

;// CONCATENATED MODULE: ./rules/unique-constraint-without-index.ts


const unique_constraint_without_index_HELP = 'CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX … (instant) in the next one.';
/* harmony default export */ const unique_constraint_without_index = (defineRule({
    meta: {
        id: 'unique-constraint-without-index',
        description: 'ADD UNIQUE / PRIMARY KEY not USING INDEX on an existing table.',
        severity: 'error',
        help: unique_constraint_without_index_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            AlterTableStmt(node, stmt, file) {
                if (node.objtype !== 'OBJECT_TABLE')
                    return;
                const key = relationKey(node.relation);
                const name = displayName(key ?? '?');
                const partitioned = catalog.relation(key)?.partitioned === true;
                const existing = catalog.isPreExisting(key, file);
                const check = (con, column) => {
                    if (con.contype !== 'CONSTR_UNIQUE' && con.contype !== 'CONSTR_PRIMARY')
                        return;
                    const what = con.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE';
                    if (con.indexname) {
                        if (partitioned) {
                            context.report({
                                stmt,
                                node: con,
                                message: `PostgreSQL rejects ADD ${what} USING INDEX on partitioned table ${name} ("ALTER TABLE / ADD CONSTRAINT USING INDEX is not supported on partitioned tables") and the migration fails`,
                                help: partitionedHelp(name, what),
                            });
                        }
                        return;
                    }
                    if (!existing)
                        return;
                    context.report({
                        stmt,
                        node: con,
                        message: `${column ? `ADD COLUMN ${column} … ${what}` : `ADD ${what}`} on existing table ${name} builds its unique index while holding ACCESS EXCLUSIVE on ${name}: all reads and writes wait until the whole table has been scanned and sorted`,
                        help: partitioned
                            ? partitionedHelp(name, what)
                            : column
                                ? `Add the column without ${what}, then CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own and ADD CONSTRAINT … ${what} USING INDEX … in the next one.`
                                : what === 'PRIMARY KEY'
                                    ? 'CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX … in the next one (its columns must already be NOT NULL, or that step scans the table).'
                                    : unique_constraint_without_index_HELP,
                    });
                };
                for (const c of node.cmds ?? []) {
                    if (!('AlterTableCmd' in c))
                        continue;
                    const cmd = c.AlterTableCmd;
                    const def = cmd.def;
                    if (cmd.subtype === 'AT_AddConstraint' && def && 'Constraint' in def) {
                        check(def.Constraint);
                    }
                    else if (cmd.subtype === 'AT_AddColumn' && def && 'ColumnDef' in def) {
                        for (const n of (def.ColumnDef.constraints ?? [])) {
                            if ('Constraint' in n)
                                check(n.Constraint, def.ColumnDef.colname ?? '?');
                        }
                    }
                }
            },
        };
    },
}));
function partitionedHelp(name, what) {
    return `On each partition of ${name}: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … ${what} USING INDEX; then ADD the ${what} on ${name}, which adopts the partitions' constraints instead of building new indexes.`;
}

;// CONCATENATED MODULE: ./rules/lock-timeout-missing.ts



const lock_timeout_missing_HELP = "Put SET LOCAL lock_timeout = '5s'; right after BEGIN (SET lock_timeout = '5s'; in a migration without a transaction block), and retry the migration when it times out.";
const STRENGTH = { 'SHARE ROW EXCLUSIVE': 6, EXCLUSIVE: 7, 'ACCESS EXCLUSIVE': 8 };
const LOCK_MODES = { 6: 'SHARE ROW EXCLUSIVE', 7: 'EXCLUSIVE', 8: 'ACCESS EXCLUSIVE' };
/* harmony default export */ const lock_timeout_missing = (defineRule({
    meta: {
        id: 'lock-timeout-missing',
        description: 'A statement taking ACCESS EXCLUSIVE or SHARE ROW EXCLUSIVE on an existing table with no lock_timeout set.',
        severity: 'warning',
        help: lock_timeout_missing_HELP,
    },
    create(context) {
        const { catalog, settings } = context;
        const runnerSetsTimeout = !isZero(settings.runnerLockTimeout ?? '');
        let state = { session: false };
        let first;
        let more = 0;
        const inTransaction = (stmt) => settings.transactions === 'runner' || context.inTransactionBlock(stmt);
        const covered = (stmt) => {
            const local = state.local;
            if (local && (local.scope === 'tx' || local.scope === topLevelStatement(stmt)))
                return local.on;
            return state.session;
        };
        const setTimeout = (stmt, on, isLocal) => {
            if (isLocal) {
                // SET LOCAL outside a transaction block only lasts for the statement's own transaction.
                state.local = { on, scope: inTransaction(stmt) ? 'tx' : topLevelStatement(stmt) };
            }
            else {
                // A plain SET also replaces a SET LOCAL value of the current transaction.
                state = { session: on };
            }
        };
        return {
            file() {
                state = { session: false };
                first = undefined;
                more = 0;
            },
            statement(stmt, file) {
                if (runnerSetsTimeout)
                    return;
                const n = stmt.node;
                if (stmt.kind === 'TransactionStmt' && stmt.context.via === 'top') {
                    if (['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE'].includes(String(n['kind'])))
                        delete state.local;
                    return;
                }
                if (stmt.kind === 'VariableSetStmt') {
                    const kind = String(n['kind']);
                    if (kind === 'VAR_RESET_ALL')
                        state = { session: false };
                    else if (n['name'] === 'lock_timeout') {
                        const on = kind === 'VAR_SET_VALUE' && !isZero(constText(n['args']?.[0]));
                        setTimeout(stmt, on, Boolean(n['is_local']));
                    }
                    return;
                }
                // SELECT set_config('lock_timeout', '5s', is_local)
                for (const call of findAll(n, 'FuncCall')) {
                    const name = nameListKey(call.funcname);
                    const args = (call.args ?? []);
                    if (name !== 'public.set_config' && name !== 'pg_catalog.set_config')
                        continue;
                    if (constText(args[0]) !== 'lock_timeout' || args.length < 2)
                        continue;
                    const value = constText(args[1]);
                    if (value === undefined)
                        continue;
                    setTimeout(stmt, !isZero(value), args[2]?.['A_Const']?.['boolval']?.['boolval'] === true);
                }
                if (covered(stmt))
                    return;
                const found = locksOf(stmt, catalog, file);
                if (!found)
                    return;
                const lock = found.locks
                    .filter((l) => l.key === undefined || catalog.isPreExisting(l.key, file))
                    .sort((a, b) => STRENGTH[b.mode] - STRENGTH[a.mode])[0];
                if (!lock)
                    return;
                if (first)
                    more++;
                // Named now: by the end of the file the catalog may have dropped or renamed it.
                else
                    first = { stmt, lock, label: found.label, inTx: inTransaction(stmt), ...subject(catalog, lock) };
            },
            fileExit() {
                if (!first)
                    return;
                const { stmt, lock, label, inTx, on, users } = first;
                const waiting = lock.mode === 'ACCESS EXCLUSIVE'
                    ? `every later query on ${users}, SELECT included, queues behind it`
                    : `every later INSERT, UPDATE and DELETE on ${users} queues behind it (reads go on)`;
                const others = more ? ` (${more} later statement${more > 1 ? 's' : ''} in this migration take${more > 1 ? '' : 's'} such locks too)` : '';
                context.report({
                    stmt,
                    node: lock.node,
                    message: `${label} takes ${article(lock.mode)} ${lock.mode} lock on ${on} and no lock_timeout is set: while it waits for the lock behind any open transaction that used ${users}, ${waiting}, an outage on a busy table${others}`,
                    help: inTx
                        ? "Put SET LOCAL lock_timeout = '5s'; at the top of the transaction (right after BEGIN), and retry the migration when it times out."
                        : "Put SET lock_timeout = '5s'; at the top of the migration (it has no transaction block, so SET LOCAL would not last), and retry when it times out.",
                });
            },
        };
    },
}));
const article = (mode) => (mode === 'SHARE ROW EXCLUSIVE' ? 'a' : 'an');
/**
 * What the lock is on ("existing table orders", "index idx_a of an existing table") and whose
 * queries queue behind it ("orders", "its table").
 */
function subject(catalog, lock) {
    if (lock.key === undefined)
        return { on: lock.target ?? 'many tables', users: 'them' };
    const info = catalog.relation(lock.key);
    if (info?.kind === 'index' || lock.index) {
        if (info?.table) {
            const table = displayName(info.table);
            return { on: `index ${displayName(lock.key)} of existing table ${table}`, users: table };
        }
        return { on: `index ${displayName(lock.key)} of an existing table`, users: 'its table' };
    }
    const name = displayName(lock.key);
    return { on: `existing ${info?.kind ?? lock.kind ?? 'table'} ${name}`, users: name };
}
/** Text of a constant: '5s' → "5s", 5000 → "5000", 0 → "0". */
function constText(n) {
    const c = n?.['A_Const'];
    if (!c)
        return undefined;
    if (c['sval'])
        return String(c['sval']['sval'] ?? '');
    if (c['ival'])
        return String(c['ival']['ival'] ?? 0);
    if (c['fval'])
        return String(c['fval']['fval'] ?? '0');
    return undefined;
}
/** '', 0, '0', '0s', '0ms': no timeout. An unknown value (a parameter) counts as set. */
function isZero(value) {
    if (value === undefined)
        return false;
    return /^\s*(0+(\.0*)?\s*(us|ms|s|min|h|d)?)?\s*$/i.test(value);
}
const SHARE_UPDATE_EXCLUSIVE_COMMANDS = new Set([
    'AT_SetStatistics',
    'AT_SetOptions',
    'AT_ResetOptions',
    'AT_ValidateConstraint',
    'AT_ClusterOn',
    'AT_DropCluster',
    'AT_DetachPartitionFinalize',
]);
const TRIGGER_COMMANDS = new Set([
    'AT_EnableTrig',
    'AT_EnableAlwaysTrig',
    'AT_EnableReplicaTrig',
    'AT_DisableTrig',
    'AT_EnableTrigAll',
    'AT_DisableTrigAll',
    'AT_EnableTrigUser',
    'AT_DisableTrigUser',
]);
/** Storage parameters PostgreSQL changes under SHARE UPDATE EXCLUSIVE (others, e.g. user_catalog_table, need ACCESS EXCLUSIVE). */
const WEAK_RELOPTION = /^(fillfactor|autovacuum_.*|toast\..*|toast_tuple_target|parallel_workers|vacuum_index_cleanup|vacuum_truncate|log_autovacuum_min_duration|deduplicate_items|pages_per_range|autosummarize)$/;
/** Relation kinds of ALTER TABLE / ALTER INDEX / … that name a table or something queries depend on. */
const ALTER_LABELS = {
    OBJECT_TABLE: 'ALTER TABLE',
    OBJECT_FOREIGN_TABLE: 'ALTER FOREIGN TABLE',
    OBJECT_INDEX: 'ALTER INDEX',
    OBJECT_VIEW: 'ALTER VIEW',
    OBJECT_MATVIEW: 'ALTER MATERIALIZED VIEW',
};
const DROP_LABELS = {
    OBJECT_TABLE: 'DROP TABLE',
    OBJECT_FOREIGN_TABLE: 'DROP FOREIGN TABLE',
    OBJECT_INDEX: 'DROP INDEX',
    OBJECT_VIEW: 'DROP VIEW',
    OBJECT_MATVIEW: 'DROP MATERIALIZED VIEW',
};
/** DROP TRIGGER / POLICY / RULE … ON table: the objects are [schema.]table.name. */
const DROP_ON_TABLE = { OBJECT_TRIGGER: 'DROP TRIGGER', OBJECT_POLICY: 'DROP POLICY', OBJECT_RULE: 'DROP RULE' };
const RENAME_ON_RELATION = new Set([
    'OBJECT_TABLE',
    'OBJECT_FOREIGN_TABLE',
    'OBJECT_VIEW',
    'OBJECT_MATVIEW',
    'OBJECT_TABCONSTRAINT',
    'OBJECT_TRIGGER',
    'OBJECT_POLICY',
    'OBJECT_RULE',
]);
const rv = (n) => n;
const relationsOf = (list) => (list ?? []).flatMap((r) => ('RangeVar' in r ? [r.RangeVar] : []));
/** FOREIGN KEY constraints in a list of column definitions and constraints: SHARE ROW EXCLUSIVE on each referenced table. */
function foreignKeyLocks(tree) {
    return findAll(tree, 'Constraint')
        .filter((c) => c.contype === 'CONSTR_FOREIGN' && c.pktable)
        .map((c) => ({ mode: 'SHARE ROW EXCLUSIVE', key: relationKey(c.pktable), node: c.pktable }));
}
/**
 * The locks of mode SHARE ROW EXCLUSIVE or stronger that a statement takes, as PostgreSQL's
 * AlterTableGetLockLevel and friends decide them (checked against pg_locks on PostgreSQL 15).
 */
function locksOf(stmt, catalog, file) {
    const n = stmt.node;
    const one = (label, mode, relation) => ({ label, locks: [{ mode, key: relationKey(relation), node: relation }] });
    switch (stmt.kind) {
        case 'AlterTableStmt': {
            const label = ALTER_LABELS[String(n['objtype'])];
            if (!label)
                return undefined;
            const relation = rv(n['relation']);
            const key = relationKey(relation);
            const locks = [];
            for (const c of (n['cmds'] ?? [])) {
                if (!('AlterTableCmd' in c))
                    continue;
                const cmd = c.AlterTableCmd;
                const subtype = String(cmd['subtype']);
                const here = (mode) => locks.push({ mode, key, node: relation, index: n['objtype'] === 'OBJECT_INDEX' });
                if (SHARE_UPDATE_EXCLUSIVE_COMMANDS.has(subtype))
                    continue;
                if (TRIGGER_COMMANDS.has(subtype))
                    here('SHARE ROW EXCLUSIVE');
                else if (subtype === 'AT_SetRelOptions' || subtype === 'AT_ResetRelOptions') {
                    const names = findAll(cmd['def'], 'DefElem').map((d) => `${d.defnamespace ? `${d.defnamespace}.` : ''}${d.defname}`);
                    const weak = n['objtype'] !== 'OBJECT_VIEW' && names.every((x) => WEAK_RELOPTION.test(x));
                    if (!weak)
                        here('ACCESS EXCLUSIVE');
                }
                else if (subtype === 'AT_AttachPartition') {
                    // The parent gets SHARE UPDATE EXCLUSIVE; the partition (or partition index) ACCESS EXCLUSIVE.
                    const part = rv(cmd['def']?.['PartitionCmd']?.['name']);
                    locks.push({ mode: 'ACCESS EXCLUSIVE', key: relationKey(part), node: part, index: n['objtype'] === 'OBJECT_INDEX' });
                }
                else if (subtype === 'AT_DetachPartition') {
                    if (cmd['def']?.['PartitionCmd']?.['concurrent'])
                        continue;
                    const part = rv(cmd['def']?.['PartitionCmd']?.['name']);
                    here('ACCESS EXCLUSIVE');
                    locks.push({ mode: 'ACCESS EXCLUSIVE', key: relationKey(part), node: part });
                }
                else if (subtype === 'AT_AddConstraint' && cmd['def']?.['Constraint']?.['contype'] === 'CONSTR_FOREIGN') {
                    here('SHARE ROW EXCLUSIVE');
                    locks.push(...foreignKeyLocks(cmd['def']));
                }
                else {
                    here('ACCESS EXCLUSIVE');
                    // ADD COLUMN … REFERENCES also locks the referenced table.
                    if (subtype === 'AT_AddColumn')
                        locks.push(...foreignKeyLocks(cmd['def']));
                }
            }
            return { label, locks };
        }
        case 'AlterTableMoveAllStmt':
            return { label: 'ALTER … ALL IN TABLESPACE', locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target: `every ${String(n['objtype']) === 'OBJECT_INDEX' ? 'index' : 'table'} in tablespace ${n['orig_tablespacename']}` }] };
        case 'RenameStmt': {
            const type = String(n['renameType']);
            const relType = String(n['relationType']);
            if (RENAME_ON_RELATION.has(type) || (type === 'OBJECT_COLUMN' && relType !== 'OBJECT_TYPE')) {
                return one('ALTER … RENAME', 'ACCESS EXCLUSIVE', rv(n['relation']));
            }
            return undefined;
        }
        case 'AlterObjectSchemaStmt':
            if (!['OBJECT_TABLE', 'OBJECT_FOREIGN_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW'].includes(String(n['objectType'])))
                return undefined;
            return one('ALTER … SET SCHEMA', 'ACCESS EXCLUSIVE', rv(n['relation']));
        case 'DropStmt': {
            const type = String(n['removeType']);
            const objects = (n['objects'] ?? []).map((o) => ('List' in o ? (o.List.items ?? []) : []));
            if (DROP_LABELS[type]) {
                if (type === 'OBJECT_INDEX' && n['concurrent'])
                    return undefined;
                const locks = objects.map((items) => ({ mode: 'ACCESS EXCLUSIVE', key: nameListKey(items), index: type === 'OBJECT_INDEX' }));
                return { label: DROP_LABELS[type], locks };
            }
            if (DROP_ON_TABLE[type]) {
                const locks = objects.map((items) => ({ mode: 'ACCESS EXCLUSIVE', key: nameListKey(items.slice(0, -1)) }));
                return { label: DROP_ON_TABLE[type], locks };
            }
            return undefined;
        }
        case 'TruncateStmt':
            return { label: 'TRUNCATE', locks: relationsOf(n['relations']).map((r) => ({ mode: 'ACCESS EXCLUSIVE', key: relationKey(r), node: r })) };
        case 'LockStmt': {
            const mode = LOCK_MODES[Number(n['mode'] ?? 8)];
            if (!mode)
                return undefined;
            return { label: 'LOCK TABLE', locks: relationsOf(n['relations']).map((r) => ({ mode, key: relationKey(r), node: r })) };
        }
        case 'CreateTrigStmt':
            return one(n['replace'] ? 'CREATE OR REPLACE TRIGGER' : 'CREATE TRIGGER', 'SHARE ROW EXCLUSIVE', rv(n['relation']));
        case 'CreatePolicyStmt':
            return one('CREATE POLICY', 'ACCESS EXCLUSIVE', rv(n['table']));
        case 'AlterPolicyStmt':
            return one('ALTER POLICY', 'ACCESS EXCLUSIVE', rv(n['table']));
        case 'RuleStmt':
            return one('CREATE RULE', 'ACCESS EXCLUSIVE', rv(n['relation']));
        case 'CreateStmt': {
            const locks = foreignKeyLocks(n['tableElts']);
            let label = 'CREATE TABLE … REFERENCES';
            if (n['partbound']) {
                // PARTITION OF takes ACCESS EXCLUSIVE on the parent.
                for (const p of (n['inhRelations'] ?? [])) {
                    if ('RangeVar' in p)
                        locks.unshift({ mode: 'ACCESS EXCLUSIVE', key: relationKey(p.RangeVar), node: p.RangeVar });
                }
                label = 'CREATE TABLE … PARTITION OF';
            }
            return { label, locks };
        }
        case 'ViewStmt': {
            // CREATE OR REPLACE VIEW of a view that exists. In a versioned migration, only a view the catalog knows.
            const key = relationKey(rv(n['view']));
            if (!n['replace'] || (file.kind !== 'repeatable' && !catalog.relation(key)))
                return undefined;
            return { label: 'CREATE OR REPLACE VIEW', locks: [{ mode: 'ACCESS EXCLUSIVE', key, node: rv(n['view']), kind: 'view' }] };
        }
        case 'RefreshMatViewStmt':
            if (n['concurrent'])
                return undefined;
            return { label: 'REFRESH MATERIALIZED VIEW', locks: [{ mode: 'ACCESS EXCLUSIVE', key: relationKey(rv(n['relation'])), node: rv(n['relation']), kind: 'materialized view' }] };
        case 'ReindexStmt': {
            if (hasOption(n['params'], 'concurrently'))
                return undefined;
            const kind = String(n['kind']);
            if (kind === 'REINDEX_OBJECT_TABLE' || kind === 'REINDEX_OBJECT_INDEX') {
                const relation = rv(n['relation']);
                return { label: 'REINDEX', locks: [{ mode: 'ACCESS EXCLUSIVE', key: relationKey(relation), node: relation, index: kind === 'REINDEX_OBJECT_INDEX' }] };
            }
            return { label: 'REINDEX', locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target: `the indexes of every table in ${kind.replace('REINDEX_OBJECT_', '').toLowerCase()} ${n['name'] ?? ''}`.trim() }] };
        }
        case 'ClusterStmt':
            if (!n['relation'])
                return { label: 'CLUSTER', locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target: 'every table clustered before' }] };
            return one('CLUSTER', 'ACCESS EXCLUSIVE', rv(n['relation']));
        case 'VacuumStmt': {
            if (!n['is_vacuumcmd'] || !hasOption(n['options'], 'full'))
                return undefined;
            const rels = findAll(n['rels'], 'VacuumRelation').map((r) => r.relation);
            if (rels.length === 0)
                return { label: 'VACUUM FULL', locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target: 'every table in the database, one at a time' }] };
            return { label: 'VACUUM FULL', locks: rels.map((r) => ({ mode: 'ACCESS EXCLUSIVE', key: relationKey(r), node: r })) };
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./rules/breaking-drop.ts




const breaking_drop_HELP = 'Expand/contract: stop using it in the application and deploy that first, then drop it in a later migration (and say so in a suppression comment there).';
/** What DROP … removes, by the parser's object type. */
const breaking_drop_DROP_KINDS = {
    OBJECT_TABLE: { kind: 'table', word: 'table' },
    OBJECT_FOREIGN_TABLE: { kind: 'table', word: 'foreign table' },
    OBJECT_VIEW: { kind: 'view', word: 'view' },
    OBJECT_MATVIEW: { kind: 'materialized view', word: 'materialized view' },
    OBJECT_FUNCTION: { kind: 'function', word: 'function' },
    OBJECT_PROCEDURE: { kind: 'procedure', word: 'procedure' },
    OBJECT_ROUTINE: { kind: 'function', word: 'routine' },
    OBJECT_TYPE: { kind: 'type', word: 'type' },
    OBJECT_DOMAIN: { kind: 'type', word: 'domain' },
};
/** How the running application notices, per kind of object. */
const FAILURE = {
    table: 'its queries fail with "relation does not exist", and the data is gone',
    view: 'its queries fail with "relation does not exist"',
    'materialized view': 'its queries fail with "relation does not exist"',
    function: 'its calls fail with "function does not exist"',
    procedure: 'its CALLs fail with "procedure does not exist"',
    type: 'its casts and queries naming the type fail with "type does not exist"',
};
/** The lock DROP takes, and what waits for it. */
const LOCK = {
    table: 'takes an ACCESS EXCLUSIVE lock (every query on it waits) and',
    view: 'takes an ACCESS EXCLUSIVE lock on the view (every query on it waits) and',
    'materialized view': 'takes an ACCESS EXCLUSIVE lock on the materialized view (every query on it waits) and',
    function: 'takes no table lock, but',
    procedure: 'takes no table lock, but',
    type: 'takes no table lock, but',
};
/* harmony default export */ const breaking_drop = (defineRule({
    meta: {
        id: 'breaking-drop',
        description: 'DROP TABLE / COLUMN / VIEW / FUNCTION / TYPE of an existing object: breaks the running application.',
        severity: 'warning',
        help: breaking_drop_HELP,
    },
    create(context) {
        const { catalog, settings } = context;
        let creations = [];
        let tops = new Map();
        let ends = [];
        /**
         * Dropped and created again later in the same transaction (DROP VIEW v; CREATE VIEW v …, to
         * change its columns): other sessions never see it missing.
         */
        const recreated = (kind, key, stmt) => {
            if (settings.transactions !== 'runner' && !context.inTransactionBlock(stmt))
                return false;
            const at = tops.get(topLevelStatement(stmt)) ?? -1;
            const sameKind = (k) => k === kind || (kind === 'function' && k === 'procedure') || (kind === 'procedure' && k === 'function');
            return creations.some((c) => sameKind(c.kind) && c.key === key && c.at >= at && !ends.some((e) => e >= at && e < c.at));
        };
        const existing = (kind, key, file) => kind === 'table' ? catalog.isPreExisting(key, file) : catalog.isObjectPreExisting(kind, key, file);
        return {
            file(file) {
                creations = [];
                ends = [];
                tops = new Map(file.parsed.statements.map((s, i) => [s, i]));
                file.parsed.statements.forEach((s, i) => {
                    if (s.kind === 'TransactionStmt' && ['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE'].includes(String(s.node['kind'])))
                        ends.push(i);
                    for (const one of [s, ...s.nested]) {
                        const c = creationOf(one);
                        if (c)
                            creations.push({ ...c, at: i });
                    }
                });
            },
            DropStmt(node, stmt, file) {
                const what = breaking_drop_DROP_KINDS[String(node.removeType)];
                if (!what)
                    return;
                const keys = (node.objects ?? []).map((o) => objectKey(o));
                const dropped = keys.filter((k) => k !== undefined && existing(what.kind, k, file) && (what.kind === 'table' || !recreated(what.kind, k, stmt)));
                if (dropped.length === 0)
                    return;
                const names = dropped.map(displayName).join(', ');
                const plural = dropped.length > 1;
                const cascade = node.behavior === 'DROP_CASCADE'
                    ? what.kind === 'type'
                        ? '; CASCADE also drops every column of this type, with its data'
                        : '; CASCADE also drops every view and foreign key that depends on it'
                    : '';
                context.report({
                    stmt,
                    message: `DROP ${what.word.toUpperCase()} of existing ${what.word}${plural ? 's' : ''} ${names} ${LOCK[what.kind]} breaks the running application wherever it still uses ${plural ? 'them' : 'it'}: ${FAILURE[what.kind]} until the release that stops using ${plural ? 'them' : 'it'} is deployed${cascade}`,
                    help: what.kind === 'view' || what.kind === 'materialized view'
                        ? 'Expand/contract: stop using the view in the application and deploy that first, then drop it in a later migration (to change a view, CREATE OR REPLACE it, or drop and create it in one transaction).'
                        : breaking_drop_HELP,
                });
            },
            AlterTableStmt(node, stmt, file) {
                if (node.objtype !== 'OBJECT_TABLE' && node.objtype !== 'OBJECT_FOREIGN_TABLE')
                    return;
                const table = relationKey(node.relation);
                let from = node.relation?.location !== undefined ? stmt.offsetOf(node.relation.location) : stmt.start;
                for (const c of node.cmds ?? []) {
                    if (!('AlterTableCmd' in c) || c.AlterTableCmd.subtype !== 'AT_DropColumn')
                        continue;
                    const column = c.AlterTableCmd.name;
                    if (!column || !catalog.isColumnPreExisting(table, column, file))
                        continue;
                    const at = clauseOffset(file, stmt, from, dropColumnPattern(column));
                    if (at !== undefined)
                        from = at + 1;
                    const name = displayName(table ?? '?');
                    context.report({
                        stmt,
                        ...(at !== undefined ? { offset: at } : { node: node.relation }),
                        message: `DROP COLUMN ${column} of existing table ${name} takes an ACCESS EXCLUSIVE lock (every query on ${name} waits) and breaks the running application wherever it still uses ${column}: its queries fail with "column does not exist" until the release that stops using it is deployed, and the data is gone${c.AlterTableCmd.behavior === 'DROP_CASCADE' ? '; CASCADE also drops the views, indexes and constraints that use it' : ''}`,
                        help: `Expand/contract: stop reading and writing ${column} in the application and deploy that first, then drop the column in a later migration (and say so in a suppression comment there).`,
                    });
                }
            },
        };
    },
}));
/** Catalog key of one object of a DROP: a qualified name, a function signature or a type name. */
function objectKey(o) {
    if ('List' in o)
        return nameListKey(o.List.items);
    if ('ObjectWithArgs' in o)
        return nameListKey(o.ObjectWithArgs.objname);
    if ('TypeName' in o)
        return nameListKey(o.TypeName.names);
    if ('String' in o)
        return nameListKey([o]);
    return undefined;
}
/** Views, materialized views, functions and types a statement creates. */
function creationOf(s) {
    const n = s.node;
    const list = (l) => nameListKey(l);
    let found;
    switch (s.kind) {
        case 'ViewStmt':
            found = ['view', relationKey(n['view'])];
            break;
        case 'CreateTableAsStmt':
            if (n['objtype'] === 'OBJECT_MATVIEW')
                found = ['materialized view', relationKey(n['into']?.['rel'])];
            break;
        case 'CreateFunctionStmt':
            found = [n['is_procedure'] ? 'procedure' : 'function', list(n['funcname'])];
            break;
        case 'CreateEnumStmt':
        case 'CreateRangeStmt':
            found = ['type', list(n['typeName'])];
            break;
        case 'CreateDomainStmt':
            found = ['type', list(n['domainname'])];
            break;
        case 'CompositeTypeStmt':
            found = ['type', relationKey(n['typevar'])];
            break;
        case 'DefineStmt':
            if (n['kind'] === 'OBJECT_TYPE')
                found = ['type', list(n['defnames'])];
            break;
    }
    return found?.[1] ? { kind: found[0], key: found[1] } : undefined;
}
/** `DROP [COLUMN] [IF EXISTS] name`, the name quoted or not. */
function dropColumnPattern(column) {
    const name = `(?:"${escapeRegExp(column.replace(/"/g, '""'))}"|${escapeRegExp(column)}\\b)`;
    return new RegExp(`\\bDROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?${name}`, 'gi');
}

;// CONCATENATED MODULE: ./rules/breaking-rename.ts



const COLUMN_HELP = 'Expand/contract: add the new column, write both and backfill, switch the application to it, then drop the old column in a later migration.';
const TABLE_HELP = 'Keep the old name working: CREATE VIEW <old name> AS SELECT * FROM <new name> in the same transaction as the rename, switch the application, then drop the view in a later migration.';
const SWAP_HELP = 'Swap in one short transaction that first stops writes (LOCK TABLE <old> IN EXCLUSIVE MODE), copies the rows written since the copy, renames both, and recreates the foreign keys, views, triggers and grants on the new table.';
const VIEW_HELP = 'Create the view under the new name next to the old one, switch the application to it, then drop the old view in a later migration.';
const TYPE_HELP = 'Create the new type next to the old one, move the columns and the application to it, then drop the old type in a later migration.';
const VALUE_HELP = 'ADD VALUE the new label, switch the application to it and update the rows in batches; stop accepting the old label in a later migration.';
const RELATION_WORDS = {
    OBJECT_TABLE: 'table',
    OBJECT_FOREIGN_TABLE: 'foreign table',
    OBJECT_VIEW: 'view',
    OBJECT_MATVIEW: 'materialized view',
};
/* harmony default export */ const breaking_rename = (defineRule({
    meta: {
        id: 'breaking-rename',
        description: 'RENAME of a table, column, view or type: breaks the running application.',
        severity: 'warning',
        help: COLUMN_HELP,
    },
    create(context) {
        const { catalog, settings } = context;
        let renames = [];
        /** Views the file creates, by key, with the index of their top-level statement. */
        let views = [];
        let tops = new Map();
        let ends = [];
        /** A view with the old name created later in the same transaction keeps the old name working. */
        const keptByView = (key, stmt) => {
            if (settings.transactions !== 'runner' && !context.inTransactionBlock(stmt))
                return false;
            const at = tops.get(topLevelStatement(stmt)) ?? -1;
            return views.some((v) => v.key === key && v.at >= at && !ends.some((e) => e >= at && e < v.at));
        };
        /** The object that takes over the old name later in the file, if any. */
        const successor = (kind, scope, oldname, stmt) => {
            const later = renames.find((r) => r.kind === kind && r.scope === scope && r.newname === oldname && r.start > stmt.start);
            return later?.stmt;
        };
        const at = (file, stmt, from, pattern) => {
            const offset = clauseOffset(file, stmt, from !== undefined ? stmt.offsetOf(from) : stmt.start, pattern);
            return offset !== undefined ? { offset } : {};
        };
        return {
            file(file) {
                renames = [];
                views = [];
                ends = [];
                tops = new Map(file.parsed.statements.map((s, i) => [s, i]));
                for (const [i, top] of file.parsed.statements.entries()) {
                    if (top.kind === 'TransactionStmt' && ['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE'].includes(String(top.node['kind'])))
                        ends.push(i);
                    for (const s of [top, ...top.nested]) {
                        const view = s.kind === 'ViewStmt' ? relationKey(s.node['view']) : undefined;
                        if (view)
                            views.push({ key: view, at: i });
                        if (s.kind !== 'RenameStmt' || !s.node['newname'])
                            continue;
                        const type = String(s.node['renameType']);
                        const rv = s.node['relation'];
                        if (RELATION_WORDS[type])
                            renames.push({ start: s.start, kind: 'relation', scope: rv?.schemaname ?? 'public', newname: s.node['newname'], stmt: s });
                        else if (type === 'OBJECT_COLUMN') {
                            const table = relationKey(rv);
                            if (table)
                                renames.push({ start: s.start, kind: 'column', scope: table, newname: s.node['newname'], stmt: s });
                        }
                    }
                }
            },
            RenameStmt(node, stmt, file) {
                const type = String(node.renameType);
                const newname = node.newname ?? '?';
                const where = at(file, stmt, node.relation?.location, /\bRENAME\b/gi);
                if (RELATION_WORDS[type]) {
                    const key = relationKey(node.relation);
                    if (!key || !catalog.isPreExisting(key, file) || keptByView(key, stmt))
                        return;
                    const info = catalog.relation(key);
                    const word = info && info.kind !== 'index' && info.kind !== 'sequence' ? info.kind : RELATION_WORDS[type];
                    const name = displayName(key);
                    const lock = `takes an ACCESS EXCLUSIVE lock (brief, but every query on ${name} waits for it)`;
                    const next = successor('relation', node.relation?.schemaname ?? 'public', node.relation?.relname ?? '', stmt);
                    if (next) {
                        const taker = next.node['relation']?.['relname'] ?? '?';
                        context.report({
                            stmt,
                            ...where,
                            message: `RENAME of existing ${word} ${name} to ${newname} ${lock}, and ${taker} then takes its name: the running application's queries switch to ${taker}, but the views, foreign keys, triggers and grants that referred to ${name} stay with ${newname}, and so do rows written after the data was copied`,
                            help: word === 'table' ? SWAP_HELP : VIEW_HELP,
                        });
                        return;
                    }
                    context.report({
                        stmt,
                        ...where,
                        message: `RENAME of existing ${word} ${name} to ${newname} ${lock} and breaks the running application: its queries still name ${name} and fail with "relation does not exist" until the release that uses ${newname} is deployed`,
                        help: word === 'table' || word === 'foreign table' ? TABLE_HELP : VIEW_HELP,
                    });
                    return;
                }
                if (type === 'OBJECT_COLUMN' && node.relationType !== 'OBJECT_TYPE') {
                    const table = relationKey(node.relation);
                    const column = node.subname;
                    if (!table || !column || !catalog.isColumnPreExisting(table, column, file))
                        return;
                    const name = displayName(table);
                    const lock = `takes an ACCESS EXCLUSIVE lock (brief, but every query on ${name} waits for it)`;
                    const next = successor('column', table, column, stmt);
                    if (next) {
                        const taker = String(next.node['subname'] ?? '?');
                        context.report({
                            stmt,
                            ...where,
                            message: `RENAME COLUMN ${column} TO ${newname} on existing table ${name} ${lock}, and ${taker} then takes its name: the running application's queries switch to ${taker}, but ${column}'s NOT NULL, default, indexes, constraints and the views using it stay with ${newname} (the application's INSERTs do not set ${newname} and fail if it is NOT NULL without a default)`,
                            help: COLUMN_HELP,
                        });
                        return;
                    }
                    context.report({
                        stmt,
                        ...where,
                        message: `RENAME COLUMN ${column} TO ${newname} on existing table ${name} ${lock} and breaks the running application: its queries still name ${column} and fail with "column does not exist" until the release that uses ${newname} is deployed`,
                        help: COLUMN_HELP,
                    });
                    return;
                }
                if (type === 'OBJECT_ATTRIBUTE') {
                    const key = relationKey(node.relation);
                    if (!key || !catalog.isObjectPreExisting('type', key, file))
                        return;
                    context.report({
                        stmt,
                        ...where,
                        message: `RENAME ATTRIBUTE ${node.subname ?? '?'} TO ${newname} of existing type ${displayName(key)} takes no table lock, but breaks the running application: its queries still name ${node.subname ?? '?'} and fail until the release that uses ${newname} is deployed`,
                        help: TYPE_HELP,
                    });
                    return;
                }
                if (type === 'OBJECT_TYPE' || type === 'OBJECT_DOMAIN') {
                    const object = node.object;
                    const key = object && 'List' in object ? nameListKey(object.List.items) : undefined;
                    if (!key || !catalog.isObjectPreExisting('type', key, file))
                        return;
                    const word = type === 'OBJECT_DOMAIN' ? 'domain' : 'type';
                    context.report({
                        stmt,
                        ...where,
                        message: `RENAME of existing ${word} ${displayName(key)} to ${newname} takes no table lock, but breaks the running application where it names the ${word} (casts such as ::${displayName(key)}, function signatures): they fail with "type does not exist" until the release that uses ${newname} is deployed`,
                        help: TYPE_HELP,
                    });
                }
            },
            AlterEnumStmt(node, stmt, file) {
                if (node.oldVal === undefined)
                    return;
                const key = nameListKey(node.typeName);
                if (!key || !catalog.isObjectPreExisting('type', key, file))
                    return;
                context.report({
                    stmt,
                    ...at(file, stmt, undefined, /\bRENAME\s+VALUE\b/gi),
                    message: `RENAME VALUE '${node.oldVal}' TO '${node.newVal ?? '?'}' of existing enum ${displayName(key)} takes no table lock, but breaks the running application: it still writes and compares '${node.oldVal}', which now fails with "invalid input value for enum"`,
                    help: VALUE_HELP,
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/table-rewrite.ts


const REPACK_HELP = 'Rebuild it online with pg_repack (or pg_squeeze), outside the migration; a plain VACUUM takes no blocking lock, and autovacuum tuning keeps bloat down.';
const TABLESPACE_HELP = 'Move it online with pg_repack --tablespace (or in a maintenance window); give new tables their tablespace when you create them.';
const PERSISTENCE_HELP = 'Create a new table with the wanted persistence, copy the rows in batches and switch over in a maintenance window, or leave the table as it is.';
const ACCESS_METHOD_HELP = 'Change the access method in a maintenance window, or copy into a new table created with it, in batches.';
/** ALTER TABLE subcommands that rewrite the whole relation. */
const REWRITES = {
    AT_SetTableSpace: { what: 'SET TABLESPACE', help: TABLESPACE_HELP },
    AT_SetLogged: { what: 'SET LOGGED', help: PERSISTENCE_HELP, extra: ', writing all of it to the WAL' },
    AT_SetUnLogged: { what: 'SET UNLOGGED', help: PERSISTENCE_HELP, extra: '; afterwards it is emptied after a crash and not replicated to standbys' },
    AT_SetAccessMethod: { what: 'SET ACCESS METHOD', help: ACCESS_METHOD_HELP },
};
const ALTERED = {
    OBJECT_TABLE: 'table',
    OBJECT_MATVIEW: 'materialized view',
    OBJECT_INDEX: 'index',
};
/* harmony default export */ const table_rewrite = (defineRule({
    meta: {
        id: 'table-rewrite',
        description: 'VACUUM FULL, CLUSTER, SET TABLESPACE, SET LOGGED/UNLOGGED on an existing table.',
        severity: 'warning',
        help: REPACK_HELP,
    },
    create(context) {
        const { catalog } = context;
        /** "table orders", "materialized view totals", "index idx_a". */
        const describe = (key, fallback) => {
            const info = catalog.relation(key);
            const kind = info?.kind ?? fallback;
            return `${kind} ${displayName(key ?? '?')}`;
        };
        /** Whose queries wait: an index's lock stops every query that plans with it, that is every query on its table. */
        const blocked = (key, fallback = 'table') => {
            const info = catalog.relation(key);
            if ((info?.kind ?? fallback) !== 'index')
                return `every query on ${displayName(key ?? '?')}, SELECT included,`;
            return info?.table ? `every query on ${displayName(info.table)}` : 'every query on its table';
        };
        return {
            VacuumStmt(node, stmt, file) {
                if (!node.is_vacuumcmd || !hasOption(node.options, 'full'))
                    return;
                const rels = findAll(node.rels, 'VacuumRelation')
                    .map((r) => r.relation)
                    .filter((r) => r !== undefined);
                if (rels.length === 0) {
                    context.report({
                        stmt,
                        message: 'VACUUM FULL without a table rewrites every table of the database, one after the other, each under an ACCESS EXCLUSIVE lock: every query on the table being rewritten, SELECT included, waits until it is done',
                        help: REPACK_HELP,
                    });
                    return;
                }
                const existing = rels.filter((r) => catalog.isPreExisting(relationKey(r), file));
                const first = existing[0];
                if (!first)
                    return;
                const names = existing.map((r) => displayName(relationKey(r) ?? '?')).join(', ');
                context.report({
                    stmt,
                    node: first,
                    message: `VACUUM FULL of existing ${existing.length > 1 ? `tables ${names}` : describe(relationKey(first), 'table')} rewrites ${existing.length > 1 ? 'each' : 'it'} under an ACCESS EXCLUSIVE lock: ${existing.length > 1 ? 'every query on the table being rewritten, SELECT included,' : blocked(relationKey(first))} waits until the rewrite is done (minutes on a large table), and it needs room for a second copy`,
                    help: REPACK_HELP,
                });
            },
            ClusterStmt(node, stmt, file) {
                const key = relationKey(node.relation);
                if (!node.relation) {
                    context.report({
                        stmt,
                        message: 'CLUSTER without a table rewrites every table clustered before, each under an ACCESS EXCLUSIVE lock: every query on the table being rewritten, SELECT included, waits until it is done',
                        help: 'Re-order it online with pg_repack --order-by (or pg_squeeze), outside the migration.',
                    });
                    return;
                }
                if (!catalog.isPreExisting(key, file))
                    return;
                context.report({
                    stmt,
                    node: node.relation,
                    message: `CLUSTER of existing ${describe(key, 'table')} rewrites it in index order under an ACCESS EXCLUSIVE lock: ${blocked(key)} waits until the rewrite is done (minutes on a large table), and it needs room for a second copy`,
                    help: 'Re-order it online with pg_repack --order-by (or pg_squeeze), outside the migration.',
                });
            },
            AlterTableStmt(node, stmt, file) {
                const fallback = ALTERED[String(node.objtype)];
                if (!fallback)
                    return;
                const key = relationKey(node.relation);
                if (!catalog.isPreExisting(key, file))
                    return;
                // A partitioned table has no storage of its own: SET TABLESPACE only sets its partitions' default.
                if (catalog.relation(key)?.partitioned)
                    return;
                for (const c of node.cmds ?? []) {
                    if (!('AlterTableCmd' in c))
                        continue;
                    const rewrite = REWRITES[String(c.AlterTableCmd.subtype)];
                    if (!rewrite)
                        continue;
                    context.report({
                        stmt,
                        node: node.relation,
                        message: `${rewrite.what} on existing ${describe(key, fallback)} copies all of it${rewrite.extra ?? ''} under an ACCESS EXCLUSIVE lock: ${blocked(key, fallback)} waits until the copy is done (minutes on a large ${fallback === 'index' ? 'index' : 'table'})`,
                        help: rewrite.help,
                    });
                    return;
                }
            },
            AlterTableMoveAllStmt(node, stmt) {
                context.report({
                    stmt,
                    message: `ALTER … ALL IN TABLESPACE ${node.orig_tablespacename ?? '?'} SET TABLESPACE copies every ${node.objtype === 'OBJECT_INDEX' ? 'index' : 'table'} in it, each under an ACCESS EXCLUSIVE lock: every query on the one being copied, SELECT included, waits until it is done`,
                    help: TABLESPACE_HELP,
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/cluster-wide-statement.ts


const WHY = {
    role: 'roles are shared by every database of the server, so it runs once per cluster, not once per database: it fails (or changes access elsewhere) wherever the role already exists or is still in use — a second environment on the same server, a test database, a restore',
    database: 'it acts on a database other than the one the migrations manage, outside any transaction this migration could roll back',
    tablespace: 'a tablespace is a directory on the server shared by every database, created or dropped outside any transaction',
    'server configuration': 'it rewrites postgresql.auto.conf for every database of the server, outside any transaction',
};
/* harmony default export */ const cluster_wide_statement = (defineRule({
    meta: {
        id: 'cluster-wide-statement',
        description: 'A statement that acts on the whole PostgreSQL cluster: roles, databases, tablespaces, ALTER SYSTEM.',
        severity: 'warning',
        help: 'Manage roles, databases, tablespaces and server settings outside the migrations (infrastructure code or a runbook). If a migration must create a role, make it idempotent: DO $$ BEGIN CREATE ROLE app_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;',
    },
    create(context) {
        return {
            statement(stmt) {
                const c = clusterWide(stmt);
                if (!c)
                    return;
                context.report({ stmt, message: `${c.verb} acts on the whole PostgreSQL cluster, not on this database: ${WHY[c.object]}` });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/index.ts













// Online safety (locks, rewrites, breaking changes)











const rules = [
    parse_error,
    transaction_wrapping,
    cannot_run_in_transaction,
    require_concurrent_index,
    rollback_missing,
    rollback_empty,
    applied_migration_modified,
    out_of_order_version,
    duplicate_version,
    migration_naming,
    unbatched_data_change,
    unknown_placeholder,
    empty_migration,
    constraint_not_valid,
    set_not_null,
    not_null_column_without_default,
    volatile_default,
    column_type_change,
    unique_constraint_without_index,
    lock_timeout_missing,
    breaking_drop,
    breaking_rename,
    table_rewrite,
    cluster_wide_statement,
];
function ruleById(id) {
    return rules.find((r) => r.meta.id === id);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
// EXTERNAL MODULE: ./src/interrupt.ts
var interrupt = __nccwpck_require__(8476);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/db/extensions.ts
/**
 * The contrib extensions embedded PostgreSQL (PGlite) ships, each a tarball beside its runtime
 * (`<name>.tar.gz` in @electric-sql/pglite's dist; the build copies them to dist/pglite-ext/).
 * A PGlite instance can only CREATE EXTENSION what it was started with, and every extension
 * started with costs start-up time, so `check` and `pglite:DIR` start it with the extensions the
 * migrations ask for (CREATE EXTENSION anywhere in them), and what PGlite does not ship is named.
 */





/**
 * Extensions whose control file `requires` another (contrib/earthdistance/earthdistance.control:
 * requires = 'cube'); CREATE EXTENSION … CASCADE needs the other one loaded too.
 */
const REQUIRES = { earthdistance: ['cube'] };
let dir;
/** Where the tarballs are: beside the bundle, else in the installed package; null when neither has them. */
function extensionDir() {
    if (dir !== undefined)
        return dir;
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidates = [(0,external_node_path_.join)(here, 'pglite-ext')];
    try {
        candidates.push((0,external_node_path_.dirname)((0,external_node_module_.createRequire)(import.meta.url).resolve('@electric-sql/pglite')));
    }
    catch {
        /* a bundle without node_modules: only its own copy */
    }
    dir = candidates.find((d) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, 'pgcrypto.tar.gz'))) ?? null;
    return dir;
}
/** Names of the extensions PGlite ships (from the tarballs present), sorted. */
function bundledExtensions() {
    const d = extensionDir();
    if (!d)
        return [];
    return (0,external_node_fs_.readdirSync)(d)
        .filter((f) => f.endsWith('.tar.gz'))
        .map((f) => f.slice(0, -'.tar.gz'.length))
        .sort();
}
/** PGlite's `extensions` option for these names (unknown names are left out), with what they require. */
function pgliteExtensions(names) {
    const d = extensionDir();
    const shipped = new Set(bundledExtensions());
    const out = {};
    const add = (name) => {
        if (!d || !shipped.has(name) || out[name])
            return;
        const bundlePath = (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(d, `${name}.tar.gz`));
        out[name] = { name, setup: async () => ({ bundlePath }) };
        for (const r of REQUIRES[name] ?? [])
            add(r);
    };
    for (const n of names)
        add(n);
    return out;
}
/** Extensions a project's files create (CREATE EXTENSION, also inside DO blocks; rollbacks too). */
function requestedExtensions(project) {
    const names = new Set();
    eachStatement(project.files, (s) => {
        if (s.kind === 'CreateExtensionStmt' && typeof s.node['extname'] === 'string')
            names.add(s.node['extname']);
    });
    return names;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/db/pglite-template.ts
/**
 * A freshly initialised PGlite data directory, kept as a tarball in a cache directory and loaded
 * instead of running initdb again. Measured here: PGlite.create() runs initdb in its own WASM
 * instance, which leaves a new instance at ~730 MB RSS after ~3 s; loading the tarball of a fresh
 * data directory (PGlite's loadDataDir, 4.5 MB gzipped) gives ~400 MB after ~1.2 s. The cache is
 * keyed by the PGlite build, written atomically (temporary file, rename), and a tarball that does
 * not load is deleted and rebuilt: a broken cache costs one initdb, never a wrong result.
 *
 * Where: MIGRATION_GUARD_CACHE_DIR, else $XDG_CACHE_HOME/migration-guard, else ~/.cache/migration-guard.
 *
 * The scratch data directory is made for a small database held in memory: 1 MB WAL segments
 * (initdb --wal-segsize=1; the default 16 MB segment is one 16 MB file in memory from the
 * start), at most 16 MB of WAL between checkpoints, 16 MB of shared buffers. Measured on the
 * Lemmy history: ~30 MB less RSS at start than initdb's defaults, and ~150 MB less than PGlite's
 * default 128 MB of shared buffers (414 → 261 MB after start).
 */
const SCRATCH_CONF = ['shared_buffers = 16MB', 'min_wal_size = 4MB', 'max_wal_size = 16MB'];
const SCRATCH_INITDB = ['--wal-segsize=1'];






function cacheDir(env = process.env) {
    return env['MIGRATION_GUARD_CACHE_DIR'] || (0,external_node_path_.join)(env['XDG_CACHE_HOME'] || (0,external_node_path_.join)((0,external_node_os_namespaceObject.homedir)(), '.cache'), 'migration-guard');
}
/** Which PGlite build and initdb options a tarball belongs to: the package version (else the size of the bundled runtime) and SCRATCH_INITDB. */
function buildKey() {
    let id = '';
    try {
        id = String((0,external_node_module_.createRequire)(import.meta.url)('@electric-sql/pglite/package.json').version);
    }
    catch {
        const wasm = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'pglite.wasm');
        id = (0,external_node_fs_.existsSync)(wasm) ? `wasm-${(0,external_node_fs_.statSync)(wasm).size}` : 'unknown';
    }
    return (0,external_node_crypto_.createHash)('sha256').update(id).update(JSON.stringify(SCRATCH_INITDB)).digest('hex').slice(0, 16);
}
/**
 * A new in-memory PGlite: from the cached fresh data directory when there is one, else by initdb
 * (then the fresh data directory is cached for the next run).
 */
async function createFromTemplate(Ctor, opts) {
    const file = (0,external_node_path_.join)(cacheDir(), `pglite-${buildKey()}-fresh.tar.gz`);
    if ((0,external_node_fs_.existsSync)(file)) {
        try {
            return await Ctor.create({ ...opts, loadDataDir: new Blob([(0,external_node_fs_.readFileSync)(file)]) });
        }
        catch {
            (0,external_node_fs_.rmSync)(file, { force: true }); // a broken tarball: rebuilt below
        }
    }
    const db = await Ctor.create({ ...opts, initDbStartParams: SCRATCH_INITDB });
    try {
        const dump = await db.dumpDataDir('gzip');
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, Buffer.from(await dump.arrayBuffer()));
        (0,external_node_fs_.renameSync)(tmp, file);
    }
    catch {
        /* no cache this time (read-only home, full disk): the next run runs initdb again */
    }
    return db;
}

;// CONCATENATED MODULE: ./src/db/url.ts
/**
 * Database URLs (postgres:// and postgresql://): read leniently, the way libpq takes a raw
 * password (the user info ends at the last "@" before the host, so a password may hold "@", "#",
 * "/", ":", "?", spaces and tabs unencoded), checked before connecting (a malformed URL is a usage
 * error naming the problem, never "Invalid URL"), and masked in one place wherever one is printed.
 */


const SCHEME = /^postgres(?:ql)?:\/\//i;
const MASK = '***';
/** host[:port] list, then an optional path and query: what may follow the user info's "@". */
const HOSTS = /^(?:\[[^\]\s]*\]|[^\s/?#@[\]]*)(?::[^\s/?#@[\]]*)?(?:,(?:\[[^\]\s]*\]|[^\s/?#@[\]]*)(?::[^\s/?#@[\]]*)?)*/;
/** Whether `rest` reads as what follows the user info: hosts, then /database (no "@") and ?key=value&…. */
function isRest(rest) {
    const hosts = HOSTS.exec(rest)[0];
    let tail = rest.slice(hosts.length);
    const hash = tail.indexOf('#');
    if (hash >= 0)
        tail = tail.slice(0, hash); // a fragment, dropped as node-postgres drops it
    const q = tail.indexOf('?');
    const path = q >= 0 ? tail.slice(0, q) : tail;
    if (path !== '' && (!path.startsWith('/') || path.includes('@') || /\s/.test(path)))
        return false;
    if (q < 0)
        return true;
    // An "@" may appear in a query value (application_name=a@b), but then it reads as key=value.
    return tail
        .slice(q + 1)
        .split('&')
        .every((kv) => kv === '' || /^[A-Za-z_][A-Za-z0-9_.-]*=/.test(kv));
}
/**
 * Scheme, user info and the rest, without validating. The user info ends at the first "@" after
 * which the URL reads as hosts/database?query; failing that, at the last "@".
 */
function split(url) {
    const m = SCHEME.exec(url);
    if (!m)
        return undefined;
    const scheme = m[0];
    const body = url.slice(scheme.length);
    const last = body.lastIndexOf('@');
    if (last < 0)
        return { scheme, rest: body };
    let at = last;
    for (let i = body.indexOf('@'); i >= 0 && i < last; i = body.indexOf('@', i + 1)) {
        if (isRest(body.slice(i + 1))) {
            at = i;
            break;
        }
    }
    return { scheme, userinfo: body.slice(0, at), rest: body.slice(at + 1) };
}
function maskedParts(p) {
    if (p.userinfo === undefined)
        return p.scheme + maskParams(p.rest);
    const colon = p.userinfo.indexOf(':');
    const user = colon >= 0 ? p.userinfo.slice(0, colon) : p.userinfo;
    return `${p.scheme}${user}${colon >= 0 ? `:${MASK}` : ''}@${maskParams(p.rest)}`;
}
const maskParams = (s) => s.replace(/(\b(?:ssl)?password=)('(?:[^'\\]|\\.)*'|[^&\s]*)/gi, `$1${MASK}`);
/**
 * The one masking function: every postgres URL in `text` (a URL alone, or a message that holds
 * some) with everything between the user name and the "@" before the host replaced by ***,
 * whatever it contains; `password=` values too (query parameters, key=value strings).
 */
function maskUrl(text) {
    const whole = split(text);
    if (whole && !/\s/.test(whole.rest))
        return maskedParts(whole);
    // Inside a message: each URL runs to the end of its line (or the next URL); the user info ends
    // at the last "@" followed by something like a host (masking too much is fine, too little not).
    const out = text.replace(/[a-z][a-z0-9+.-]*:\/\/[^\n]*?(?=(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/|\n|$)/gi, (segment) => {
        const start = segment.indexOf('://') + 3;
        const colon = segment.indexOf(':', start);
        if (colon < 0 || segment.startsWith(`${MASK}@`, colon + 1))
            return segment; // no password, or masked already
        const afterUser = segment.slice(start, colon);
        if (/[\s/?#@]/.test(afterUser))
            return segment; // "host:port…": no user info before this colon
        const last = segment.lastIndexOf('@');
        if (last < colon)
            return segment;
        let at = last;
        while (at > colon && !/^(?:\[[^\]\s]*\]|[\w.%-]+)/.test(segment.slice(at + 1)))
            at = segment.lastIndexOf('@', at - 1);
        if (at <= colon)
            at = last;
        return `${segment.slice(0, colon + 1)}${MASK}${segment.slice(at)}`;
    });
    return maskParams(out);
}
/** The URL's password as written and decoded (each once, none when it has no password). */
function urlPasswords(url) {
    const p = split(url);
    const colon = p?.userinfo?.indexOf(':') ?? -1;
    if (!p?.userinfo || colon < 0)
        return [];
    const raw = p.userinfo.slice(colon + 1);
    return [...new Set([raw, decode(raw)])].filter((pw) => pw !== '' && pw !== MASK);
}
/**
 * Removes a URL's password from any text (a driver's message may quote it): the URL itself, its
 * password as written and decoded wherever it appears, and any other URL's password.
 */
function maskSecrets(text, url) {
    if (!url)
        return maskUrl(text);
    const masked = maskUrl(url);
    const passwords = urlPasswords(url);
    const hide = (t) => maskUrl(passwords.reduce((acc, pw) => acc.split(pw).join(MASK), t));
    // The URL and its masked form stay readable even when the password is also a word in them.
    return text
        .split(url)
        .map((piece) => piece.split(masked).map(hide).join(masked))
        .join(masked);
}
/** Percent-decoding that never throws: a "%" not followed by two hex digits stays as it is. */
function decode(s) {
    if (!s.includes('%'))
        return s;
    const bytes = [];
    for (let i = 0; i < s.length;) {
        if (s[i] === '%' && /^[0-9a-f]{2}$/i.test(s.slice(i + 1, i + 3))) {
            bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
            i += 3;
        }
        else {
            const cp = s.codePointAt(i);
            bytes.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
            i += cp > 0xffff ? 2 : 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** What node-postgres's parser reads unchanged: RFC 3986 user info / path characters, "%" only as %XX. */
const SAFE_USERINFO = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*$/;
const SAFE_PATH = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;
const SSL_FILES = ['sslrootcert', 'sslcert', 'sslkey'];
/** Parses and checks a postgres:// URL; a malformed one is a UsageError naming the problem (password masked). */
function parseDbUrl(url) {
    const parts = split(url);
    const masked = parts ? maskedParts(parts) : maskUrl(url);
    const fail = (problem) => {
        throw new UsageError(`invalid database URL ${masked}: ${problem}`);
    };
    if (!parts)
        fail('it must start with postgres:// or postgresql://');
    const { userinfo, rest } = parts;
    if (/[\r\n]/.test(url))
        fail('it contains a line break');
    let user = '';
    let password;
    if (userinfo !== undefined) {
        const colon = userinfo.indexOf(':');
        user = decode(colon >= 0 ? userinfo.slice(0, colon) : userinfo);
        if (colon >= 0)
            password = decode(userinfo.slice(colon + 1));
    }
    const hostEnd = HOSTS.exec(rest)[0].length;
    const hostList = rest.slice(0, hostEnd);
    let tail = rest.slice(hostEnd);
    const hash = tail.indexOf('#');
    if (hash >= 0)
        tail = tail.slice(0, hash);
    const q = tail.indexOf('?');
    const path = q >= 0 ? tail.slice(0, q) : tail;
    const query = q >= 0 ? tail.slice(q + 1) : '';
    if (path !== '' && !path.startsWith('/')) {
        const bad = /^[^/?#]*/.exec(rest.slice(hostEnd))[0];
        if (bad.startsWith('['))
            fail(`the IPv6 address "${bad}" has no closing "]" (write it as [::1])`);
        fail(`unexpected "${bad}" after the host "${hostList}"`);
    }
    const hosts = hostList.split(',');
    if (hosts.length > 1)
        fail(`it names ${hosts.length} hosts (${hosts.join(', ')}); node-postgres connects to one`);
    let host = hosts[0];
    let portText;
    if (host.startsWith('[')) {
        const close = host.indexOf(']');
        portText = host.slice(close + 1).startsWith(':') ? host.slice(close + 2) : undefined;
        if (host.slice(close + 1) !== '' && portText === undefined)
            fail(`unexpected "${host.slice(close + 1)}" after the IPv6 address ${host.slice(0, close + 1)}`);
        host = host.slice(1, close);
    }
    else {
        const colon = host.indexOf(':');
        if (colon >= 0) {
            portText = host.slice(colon + 1);
            host = host.slice(0, colon);
            if (portText.includes(':'))
                fail(`an IPv6 address needs brackets: [${host}:${portText}]`);
        }
    }
    const port = portText === undefined || portText === '' ? undefined : checkPort(portText, 'in the URL', fail);
    const params = {};
    for (const [k, v] of new URLSearchParams(query))
        params[k] = v;
    if (params['port'] !== undefined && params['port'] !== '')
        checkPort(params['port'], 'in the query (port=)', fail);
    for (const key of SSL_FILES) {
        const file = params[key];
        if (file === undefined || file === '')
            continue;
        try {
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK);
            if (!(0,external_node_fs_.statSync)(file).isFile())
                fail(`${key}=${file} is not a file`);
        }
        catch (e) {
            if (e instanceof UsageError)
                throw e;
            fail(`${key}=${file} cannot be read (${e.code ?? e.message})`);
        }
    }
    const database = path.length > 1 ? decode(path.slice(1)) : undefined;
    const needsConfig = /[\s]/.test(url) ||
        (userinfo !== undefined && !SAFE_USERINFO.test(userinfo)) ||
        !SAFE_PATH.test(path) ||
        /%(?![0-9A-Fa-f]{2})/.test(url);
    return { user, password, host: decode(host), port, database, params, masked, needsConfig };
}
function checkPort(text, where, fail) {
    if (!/^\d+$/.test(text))
        fail(`the port ${where} must be a number from 1 to 65535 (got "${text}")`);
    const n = Number(text);
    if (n < 1 || n > 65535)
        fail(`the port ${where} must be from 1 to 65535 (got ${text})`);
    return n;
}
/** The same URL naming another database on the same server (check's scratch database). */
function withDatabase(url, database) {
    const p = split(url);
    if (!p)
        throw new UsageError(`invalid database URL ${maskUrl(url)}: it must start with postgres:// or postgresql://`);
    const hostEnd = HOSTS.exec(p.rest)[0].length;
    const tail = p.rest.slice(hostEnd);
    const q = tail.search(/[?#]/);
    return `${p.scheme}${p.userinfo !== undefined ? `${p.userinfo}@` : ''}${p.rest.slice(0, hostEnd)}/${encodeURIComponent(database)}${q >= 0 ? tail.slice(q) : ''}`;
}
/**
 * node-postgres's client settings for a URL its own parser would misread: what
 * pg-connection-string makes of a URL (every query parameter as a setting, then user, password,
 * host, port, database, and the ssl options from ssl/sslmode/sslcert/sslkey/sslrootcert), built
 * from our reading of it.
 */
function clientConfig(u) {
    const c = { ...u.params };
    const set = (key, value) => {
        if (value === undefined || value === '')
            delete c[key];
        else
            c[key] = value;
    };
    set('user', u.params['user'] || u.user);
    set('password', u.params['password'] || u.password);
    set('host', u.params['host'] || u.host);
    set('port', u.params['port'] ? Number(u.params['port']) : u.port);
    set('database', u.database);
    const p = u.params;
    let ssl = p['ssl'];
    if (ssl === 'true' || ssl === '1')
        ssl = true;
    if (ssl === '0')
        ssl = false;
    if (p['sslcert'] || p['sslkey'] || p['sslrootcert'] || p['sslmode'])
        ssl = {};
    if (p['sslnegotiation'] === 'direct' && ssl === undefined)
        ssl = true;
    if (typeof ssl === 'object' && ssl !== null) {
        const o = ssl;
        if (p['sslcert'])
            o['cert'] = (0,external_node_fs_.readFileSync)(p['sslcert']).toString();
        if (p['sslkey'])
            o['key'] = (0,external_node_fs_.readFileSync)(p['sslkey']).toString();
        if (p['sslrootcert'])
            o['ca'] = (0,external_node_fs_.readFileSync)(p['sslrootcert']).toString();
        const mode = p['sslmode'];
        if (p['uselibpqcompat'] === 'true') {
            if (mode === 'disable')
                ssl = false;
            else if (mode === 'prefer')
                o['rejectUnauthorized'] = false;
            else if (mode === 'require') {
                if (p['sslrootcert'])
                    o['checkServerIdentity'] = () => undefined;
                else
                    o['rejectUnauthorized'] = false;
            }
            else if (mode === 'verify-ca') {
                if (!o['ca'])
                    throw new UsageError(`invalid database URL ${u.masked}: sslmode=verify-ca needs sslrootcert (the CA to verify against)`);
                o['checkServerIdentity'] = () => undefined;
            }
        }
        else if (mode === 'disable')
            ssl = false;
        else if (mode === 'no-verify')
            o['rejectUnauthorized'] = false;
    }
    set('ssl', ssl);
    return c;
}

;// CONCATENATED MODULE: ./src/db/engine.ts







// URL parsing and masking live in url.ts; these names are kept for the code that imports them here.

function asDbError(e) {
    if (!e || typeof e !== 'object' || !('message' in e))
        return undefined;
    const x = e;
    if (typeof x['code'] !== 'string' || !/^[0-9A-Z]{5}$/.test(x['code']))
        return undefined;
    const position = x['position'] !== undefined ? Number(x['position']) : undefined;
    return {
        code: x['code'],
        message: String(x['message']),
        detail: typeof x['detail'] === 'string' ? x['detail'] : undefined,
        hint: typeof x['hint'] === 'string' ? x['hint'] : undefined,
        position: position !== undefined && Number.isFinite(position) ? position : undefined,
        where: typeof x['where'] === 'string' ? x['where'] : undefined,
    };
}
const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', '57P03', '53300']);
class PgDb {
    client;
    label;
    reopen;
    engine = 'postgres';
    constructor(client, label, reopen) {
        this.client = client;
        this.label = label;
        this.reopen = reopen;
    }
    /**
     * Runs `fn` with this session disconnected, then connects again (session settings are reset):
     * CREATE DATABASE … TEMPLATE needs the template database to have no session at all.
     */
    async disconnectedFor(fn) {
        await this.client.end().catch(() => undefined);
        try {
            return await fn();
        }
        finally {
            const fresh = (await this.reopen());
            this.client = fresh.client;
        }
    }
    sibling() {
        return this.reopen();
    }
    async query(sql, params) {
        const r = await this.client.query(sql, params);
        return { rows: r.rows, rowCount: r.rowCount ?? 0 };
    }
    async exec(sql) {
        await this.client.query(sql);
    }
    async close() {
        await this.client.end().catch(() => undefined);
    }
}
class PgliteDb {
    db;
    reopen;
    engine = 'pglite';
    label = 'embedded PGlite';
    /**
     * @param db the running instance (replaced by restore())
     * @param reopen a new instance from a data directory tarball, with this one's options; absent
     *   for a `pglite:DIR` database, which is never checkpointed
     */
    constructor(db, reopen) {
        this.db = db;
        this.reopen = reopen;
    }
    /**
     * Saves this database as it is now (a gzip tarball of its data directory, PGlite's
     * dumpDataDir) and returns the function that puts it back: that function closes the instance
     * and starts a new one from the tarball, so everything done in between is gone, session state
     * included. One instance at a time: a second PGlite instance (PGlite's clone()) costs ~200 MB
     * of RSS, measured on the real histories; restoring costs ~1 s.
     */
    async checkpoint() {
        const reopen = this.reopen;
        if (!reopen)
            throw new Error('only an in-memory PGlite database can be checkpointed');
        // A CHECKPOINT first: the tarball is then the state itself, not a crash image that the new
        // instance recovers from WAL (after which, as after any crash, a sequence skips ahead by the
        // values it had logged in advance: its last_value was 33 where it had been 1).
        await this.db.exec('CHECKPOINT');
        const dump = await this.db.dumpDataDir('gzip');
        return async () => {
            await this.db.close().catch(() => undefined);
            collectGarbage(); // the closed instance's WASM memory, before the new one takes as much
            this.db = await reopen(dump);
        };
    }
    /** PGlite is one session: the sibling is the same database object, whose close() is left to its owner. */
    async sibling() {
        return { engine: this.engine, label: this.label, query: (q, p) => this.query(q, p), exec: (q) => this.exec(q), sibling: () => this.sibling(), close: async () => undefined };
    }
    async query(sql, params) {
        const r = await this.db.query(sql, params);
        // PGlite reports affectedRows 0 for a SELECT: count its rows instead.
        return { rows: r.rows, rowCount: r.rows.length > 0 ? r.rows.length : (r.affectedRows ?? 0) };
    }
    async exec(sql) {
        await this.db.exec(sql);
    }
    async close() {
        if (!this.db.closed)
            await this.db.close();
    }
}
let compacted = false;
/**
 * Before the first scratch PGlite is compiled (check calls it before linting, so that the
 * parser's WASM is compiled the same way): V8 compiles WebAssembly functions when first
 * called (--wasm-lazy-compilation) and with its baseline compiler only (--liftoff-only), not
 * again with TurboFan for the hot ones. PostgreSQL is ~9 MB of WASM of which a migration run
 * calls a part. Measured on the Lemmy history (343 migrations, `check` on PGlite): peak RSS
 * 490 → 390 MB for 0–15% more time; a short run is faster (no optimizing compiles on 2 cores).
 * Flags of this process, set once; a library user who set their own keeps theirs for the rest.
 */
function compactWasm() {
    if (compacted)
        return;
    compacted = true;
    try {
        external_node_v8_default().setFlagsFromString('--wasm-lazy-compilation');
        external_node_v8_default().setFlagsFromString('--liftoff-only');
    }
    catch {
        /* a runtime that refuses: only memory is at stake */
    }
}
let gc;
/**
 * A full garbage collection now, where V8 allows it: a closed PGlite instance keeps its WASM
 * memory (~130 MB) until its objects are collected, and V8 does not count that memory as heap,
 * so without this the next instance is created beside the dead one. (`--expose-gc` set at run
 * time, as jest's leak detector does; without it, nothing happens.)
 */
function collectGarbage() {
    if (gc === undefined) {
        try {
            external_node_v8_default().setFlagsFromString('--expose-gc');
            gc = (0,external_node_vm_namespaceObject.runInNewContext)('gc');
        }
        catch {
            gc = null;
        }
    }
    gc?.();
}
async function connect(url, opts = {}) {
    const retries = opts.connectRetries ?? 0;
    let delay = opts.retryDelayMs ?? 1000;
    // A malformed URL is a usage error naming the problem, before the driver reads "Invalid URL".
    const parsed = parseDbUrl(url);
    const { default: pgLib } = await __nccwpck_require__.e(/* import() */ 849).then(__nccwpck_require__.bind(__nccwpck_require__, 3849));
    for (let attempt = 0;; attempt++) {
        let client;
        try {
            // node-postgres's own parser misreads a raw "@", "#", "/" or space in a password: such a URL
            // goes as settings read by our parser, every other one as the string, as before.
            const settings = parsed.needsConfig ? clientConfig(parsed) : { connectionString: url };
            client = new pgLib.Client({ application_name: opts.applicationName ?? 'migration-guard', ...settings });
            client.on('error', () => undefined); // a dropped connection surfaces on the next query
            await client.connect();
            return new PgDb(client, opts.label ?? parsed.masked, () => connect(url, { ...opts, connectRetries: 0 }));
        }
        catch (e) {
            if (e instanceof UsageError)
                throw e;
            await client?.end().catch(() => undefined);
            const code = e.code ?? '';
            const reason = maskSecrets(e.message, url);
            if (attempt >= retries || !TRANSIENT.has(code)) {
                throw new UsageError(`cannot connect to ${parsed.masked}: ${reason}${attempt ? ` (after ${attempt + 1} attempts)` : ''}`);
            }
            opts.onRetry?.(attempt + 1, retries, delay, `connecting to ${parsed.masked} failed (${code || reason})`);
            await new Promise((r) => setTimeout(r, delay));
            delay = Math.min(delay * 2, 30_000);
        }
    }
}
/** Embedded PostgreSQL: in memory, or kept in `dataDir` (the `pglite:DIR` database URL). */
/**
 * Embedded PostgreSQL, in memory or kept in `dataDir`, started with the bundled contrib
 * `extensions` named (extensions.ts: only those, so start-up stays fast).
 */
async function openPglite(dataDir, extensions = []) {
    if (!dataDir)
        compactWasm();
    const { PGlite } = await __nccwpck_require__.e(/* import() */ 618).then(__nccwpck_require__.bind(__nccwpck_require__, 1618));
    const opts = { extensions: pgliteExtensions(extensions) };
    if (dataDir)
        return new PgliteDb(await PGlite.create({ ...opts, dataDir }));
    // In memory (check's scratch database): from the cached fresh data directory (pglite-template.ts),
    // with its settings for a small scratch database.
    const scratch = { ...opts, postgresqlconf: SCRATCH_CONF };
    return new PgliteDb(await createFromTemplate(PGlite, scratch), (dump) => PGlite.create({ ...scratch, loadDataDir: dump }));
}
/**
 * Drops scratch databases (`mg_check_<pid>_<time>_…`) that dead runs left: no session is connected
 * to them, and their process is gone from this machine or they are over an hour old (a run on
 * another machine). A database some other run still uses always has its session.
 */
async function dropLeftovers(admin) {
    const r = await admin.query(`SELECT d.datname AS d FROM pg_catalog.pg_database d
      WHERE d.datname ~ '^mg_check_[0-9]+_[0-9a-z]+_'
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.datname = d.datname)`);
    for (const { d } of r.rows) {
        const [, pid, time] = /^mg_check_(\d+)_([0-9a-z]+)_/.exec(d);
        const age = Date.now() - parseInt(time, 36);
        if (processAlive(Number(pid)) && age < 3_600_000)
            continue;
        await admin.exec(`DROP DATABASE IF EXISTS "${d}"`).catch(() => undefined);
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * A fresh, empty database for `check`: on a server, a temporary database created next to the
 * given one and dropped afterwards; without a URL, embedded PGlite.
 */
async function openScratch(url, opts = {}) {
    if (!url) {
        const db = (await openPglite(undefined, opts.extensions));
        // The copy is the instance itself, checkpointed, and put back when the copy is disposed.
        const scratchOf = (d, dispose) => ({ db: d, dispose, copy: async () => scratchOf(d, await d.checkpoint()) });
        return scratchOf(db, () => db.close());
    }
    const admin = await connect(url, opts);
    await dropLeftovers(admin);
    // Roles are cluster-wide: those the migrations may create and that do not exist yet are
    // dropped with the scratch database, so the next check does not fail on them.
    const existing = new Set((await admin.query('SELECT rolname AS r FROM pg_catalog.pg_roles')).rows.map((x) => x.r));
    const roles = (opts.roles ?? []).filter((r) => !existing.has(r));
    const dropRoles = async () => {
        for (const r of roles)
            await admin.exec(`DROP ROLE IF EXISTS "${r.replace(/"/g, '""')}"`).catch(() => undefined);
    };
    const name = `mg_check_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    try {
        await admin.exec(`CREATE DATABASE ${name}`);
    }
    catch (e) {
        await admin.close();
        throw new UsageError(`cannot create a scratch database on ${maskUrl(url)}: ${maskSecrets(asDbError(e)?.message ?? e.message, url)}`);
    }
    let db;
    try {
        // Reports name the server the user gave, not the throw-away database's name.
        db = await connect(withDatabase(url, name), { ...opts, label: maskUrl(url) });
    }
    catch (e) {
        await admin.exec(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
        await admin.close();
        throw e;
    }
    const drop = (n) => admin.exec(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`).catch(() => admin.exec(`DROP DATABASE IF EXISTS ${n}`));
    let copies = 0;
    const live = new Set([name]);
    // Interrupted (Ctrl-C, a cancelled CI job): drop every database of this run, sessions and all.
    const unregister = (0,interrupt/* onInterrupt */.n)(async () => {
        for (const n of [...live].reverse())
            await drop(n);
        await dropRoles();
    });
    return {
        db,
        dispose: async () => {
            unregister();
            await db.close();
            await drop(name);
            await dropRoles();
            await admin.close();
        },
        copy: async () => {
            const copyName = `${name}_c${++copies}`;
            live.add(copyName);
            await db.disconnectedFor(() => admin.exec(`CREATE DATABASE ${copyName} TEMPLATE ${name}`));
            try {
                const cdb = await connect(withDatabase(url, copyName), { ...opts, label: maskUrl(url) });
                const copy = {
                    db: cdb,
                    dispose: async () => {
                        await cdb.close();
                        await drop(copyName);
                        live.delete(copyName);
                    },
                    copy: () => Promise.reject(new Error('a copy of a copy is not supported')),
                };
                return copy;
            }
            catch (e) {
                await drop(copyName);
                live.delete(copyName);
                throw e;
            }
        },
    };
}

;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./src/db/apply-error.ts
class ApplyError extends Error {
    file;
    line;
    column;
    sqlstate;
    detail;
    hint;
    name = 'ApplyError';
    statementIndex;
    committedBefore;
    connectionLost;
    atCommit;
    constructor(message, file, line, column, sqlstate, detail, hint, facts = {}) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.sqlstate = sqlstate;
        this.detail = detail;
        this.hint = hint;
        this.statementIndex = facts.statementIndex ?? -1;
        this.committedBefore = facts.committedBefore ?? 0;
        this.connectionLost = facts.connectionLost ?? false;
        this.atCommit = facts.atCommit ?? false;
    }
    /** `file:line:col: SQLSTATE message` plus detail and hint lines. */
    describe() {
        const head = `${this.file}:${this.line}:${this.column}: ${this.sqlstate ? `${this.sqlstate} ` : ''}${this.message}`;
        return [head, this.detail && `  detail: ${this.detail}`, this.hint && `  hint: ${this.hint}`].filter(Boolean).join('\n');
    }
}

;// CONCATENATED MODULE: ./src/db/plan.ts




/** Blocks of about this many characters are parsed at once when a file is over the limit. */
const plan_BLOCK_CHARS = 1 << 18;
const PLAIN_DML = /^(?:INSERT|UPDATE|DELETE|MERGE|SELECT|WITH|VALUES)$/i;
/**
 * The plan for a file. Throws ApplyError (no SQLSTATE, statementIndex -1) when the file does not
 * decode, PostgreSQL's parser rejects a statement, or an over-large statement is not plain DML.
 */
function planFile(file, routine) {
    const problem = file.decoded.problem;
    if (problem)
        throw refused(file, file.lines.position(problem.offset), problem.message);
    const tooLarge = file.parsed.errors.some((e) => e.tooLarge);
    if (!tooLarge && file.parsed.errors.length > 0)
        throw parserRejects(file, file.parsed.errors[0], 0);
    const statements = tooLarge ? planInBlocks(file, routine) : file.parsed.statements.map((s) => planned(s, 0, routine, true));
    const rollback = statements.find((s) => s.control === 'rollback');
    if (rollback && file.kind !== 'seed') {
        throw refused(file, file.position(rollback.start), 'this ROLLBACK throws away what its transaction did, yet the file would be recorded as applied; end the block with COMMIT (or remove what should not run)');
    }
    return { mode: modeOf(statements), statements, atomic: isAtomic(statements) };
}
/** How a file runs, from its parse (never throws; for reports that only name the mode). */
function applyMode(file, routine) {
    return modeOf(file.parsed.statements.map((s) => planned(s, 0, routine, false)));
}
function planned(s, shift, routine, keep) {
    const control = transactionControl(s);
    const outside = mustRunOutsideTransaction(s, routine);
    return { start: s.start + shift, end: s.end + shift, control, ...(outside ? { outside } : {}), ...(keep ? { stmt: s } : {}) };
}
function modeOf(statements) {
    if (statements.some((s) => s.control === 'begin' || s.control === 'commit'))
        return 'as-written';
    if (statements.some((s) => s.outside))
        return 'no-transaction';
    return 'transaction';
}
function isAtomic(statements) {
    const m = modeOf(statements);
    if (m === 'transaction')
        return true;
    if (m === 'no-transaction')
        return false;
    const n = statements.length;
    if (n < 2 || statements[0].control !== 'begin' || statements[n - 1].control !== 'commit')
        return false;
    return statements.slice(1, n - 1).every((s) => s.control === undefined || s.control === 'savepoint');
}
function planInBlocks(file, routine) {
    const text = file.text;
    const out = [];
    const blocks = statementBlocks(text, plan_BLOCK_CHARS);
    for (let b = 0; b < blocks.length; b++) {
        const from = blocks[b];
        const to = blocks[b + 1] ?? text.length;
        if (to - from <= MAX_PARSE_CHARS)
            planBlock(file, from, to, routine, out);
        else {
            // One block over the limit holds one huge statement (and maybe small ones before it).
            const starts = statementBlocks(text.slice(from, to), 1);
            for (let i = 0; i < starts.length; i++) {
                const s = from + starts[i];
                const e = from + (starts[i + 1] ?? to - from);
                if (e - s <= MAX_PARSE_CHARS)
                    planBlock(file, s, e, routine, out);
                else
                    out.push(unparsedStatement(file, s, e));
            }
        }
    }
    return out;
}
function planBlock(file, from, to, routine, out) {
    const parsed = parser_parseSql(file.text.slice(from, to));
    if (parsed.errors.length > 0)
        throw parserRejects(file, parsed.errors[0], from);
    for (const s of parsed.statements)
        out.push(planned(s, from, routine, false));
}
/** A statement over the parser's limit: run as written when it is plain DML, else refused. */
function unparsedStatement(file, start, end) {
    const head = file.text.slice(start, start + 4096);
    const word = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*\(*\s*([A-Za-z]+)/.exec(head)?.[1] ?? '';
    if (!PLAIN_DML.test(word)) {
        const mb = ((end - start) / (1 << 20)).toFixed(1);
        throw refused(file, file.position(start), `this ${word ? `${word.toUpperCase()} ` : ''}statement is ${mb} MB, more than the ${MAX_PARSE_CHARS / (1 << 20)} MB that is parsed at once; statements that large are run only when they are INSERT, UPDATE, DELETE, MERGE, SELECT, WITH or VALUES`);
    }
    let e = end;
    while (e > start && /[\s;]/.test(file.text[e - 1]))
        e--;
    return { start, end: e, control: undefined };
}
/** A file refused before anything of it was sent: no SQLSTATE, PostgreSQL was never asked. */
function refused(file, pos, why) {
    return new ApplyError(`refused, nothing was sent: ${why}`, file.path, pos.line, pos.column);
}
/** A parse error of libpg-query (PostgreSQL 18's parser) at `base` + its offset in the file text. */
function parserRejects(file, e, base) {
    return refused(file, file.position(base + e.offset), `PostgreSQL's parser (libpg-query, PostgreSQL 18) rejects this statement: ${e.message}`);
}

;// CONCATENATED MODULE: ./src/db/apply.ts





/** An error of the `beforeCommit` hook (the schema history write), not of the file's statements. */
class HookError extends Error {
    cause;
    constructor(cause) {
        super('beforeCommit hook failed');
        this.cause = cause;
    }
}
async function runHook(hook) {
    try {
        await hook?.();
    }
    catch (e) {
        throw new HookError(e);
    }
}
/** SQLSTATEs of a backend that is going away (57P01 admin shutdown/terminate, 57P02 crash, 57P03 cannot connect now). */
const GOING_AWAY = new Set(['57P01', '57P02', '57P03']);
/** Offset in file.text of PostgreSQL's 1-based character (code point) position in `text`. */
function positionOffset(text, position) {
    let units = 0;
    for (let cp = 1; cp < position && units < text.length; cp++) {
        const c = text.charCodeAt(units);
        units += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    return units;
}
function errorAt(file, stmt, error, where) {
    const hook = error instanceof HookError;
    const e = hook ? error.cause : error;
    const db = asDbError(e);
    let offset = stmt?.start ?? 0;
    if (stmt && db?.position !== undefined) {
        offset = stmt.start + positionOffset(file.text.slice(stmt.start, stmt.end), db.position);
    }
    const pos = hook ? file.position(stmt?.end ?? 0) : file.position(offset);
    const facts = { statementIndex: where.index, committedBefore: where.committed, atCommit: where.atCommit };
    // The file's statements all ran when the history write fails: say so, not "this line failed".
    const lead = hook ? 'the statements ran, but writing the schema history row failed: ' : '';
    if (!db) {
        const message = e instanceof Error ? e.message : String(e);
        return new ApplyError(`${lead}the connection to the database was lost (${message})`, file.path, pos.line, pos.column, undefined, undefined, undefined, { ...facts, connectionLost: true });
    }
    return new ApplyError(`${lead}${db.message}`, file.path, pos.line, pos.column, db.code, db.detail, db.hint, { ...facts, connectionLost: GOING_AWAY.has(db.code ?? '') });
}
function statementText(file, stmt) {
    return file.text.slice(stmt.start, stmt.end);
}
/**
 * Applies a file; throws ApplyError (after rolling back what a transaction held). A file the
 * plan refuses (does not decode, does not parse) throws before anything is sent.
 */
async function applyFile(db, file, hooks = {}, plan = planFile(file, hooks.routine)) {
    const stmts = plan.statements;
    const mode = plan.mode;
    const last = stmts[stmts.length - 1];
    if (mode === 'transaction') {
        let i = 0;
        let atCommit = false;
        try {
            await db.exec('BEGIN');
            for (; i < stmts.length; i++) {
                if (!hooks.skip?.(stmts[i]))
                    await db.exec(statementText(file, stmts[i]));
                if (stmts[i].stmt)
                    await hooks.afterStatement?.(stmts[i].stmt, i);
            }
            await runHook(hooks.beforeCommit);
            atCommit = true;
            await db.exec('COMMIT');
        }
        catch (e) {
            await db.exec('ROLLBACK').catch(() => undefined);
            const at = Math.min(i, stmts.length - 1);
            throw errorAt(file, stmts[at], e, { index: at, committed: 0, atCommit });
        }
        return mode;
    }
    const lastCommit = findLastIndex(stmts, (s) => s.control === 'commit');
    // The history row commits with the last block only when nothing runs after that block.
    const hookAt = mode === 'as-written' && lastCommit === stmts.length - 1 ? lastCommit : -1;
    let open = false;
    let committed = 0;
    for (let i = 0; i < stmts.length; i++) {
        const s = stmts[i];
        try {
            if (i === hookAt)
                await runHook(hooks.beforeCommit);
            const send = () => db.exec(statementText(file, s));
            if (hooks.skip?.(s)) {
                /* not sent */
            }
            else if (s.outside && !open && hooks.outside)
                await hooks.outside(s, send);
            else
                await send();
            if (s.control === 'begin')
                open = true;
            else if (s.control === 'commit' || s.control === 'rollback')
                open = false;
            if (!open)
                committed = i + 1;
            if (s.stmt)
                await hooks.afterStatement?.(s.stmt, i);
        }
        catch (e) {
            if (open)
                await db.exec('ROLLBACK').catch(() => undefined);
            throw errorAt(file, s, e, { index: i, committed, atCommit: i === hookAt });
        }
    }
    if (open) {
        await db.exec('ROLLBACK').catch(() => undefined);
        throw new ApplyError('BEGIN without COMMIT: the transaction was rolled back', file.path, 1, 1, undefined, undefined, undefined, {
            statementIndex: stmts.length - 1,
            committedBefore: committed,
        });
    }
    if (hookAt < 0) {
        try {
            await runHook(hooks.beforeCommit);
        }
        catch (e) {
            throw errorAt(file, last, e, { index: stmts.length - 1, committed, atCommit: true });
        }
    }
    return mode;
}
/**
 * Runs an atomic file's statements inside a transaction the caller opened (its own BEGIN and
 * COMMIT, if it is written as one block, are left out), so the caller can roll all of it back:
 * `check` verifies a rollback this way without disturbing the chain. Throws ApplyError at the
 * failing statement; the transaction is then aborted and the caller must ROLLBACK.
 */
async function applyInside(db, file, plan, skip) {
    if (!plan.atomic)
        throw new Error(`applyInside: ${file.path} is not atomic`);
    const stmts = plan.mode === 'as-written' ? plan.statements.slice(1, -1) : plan.statements;
    for (let i = 0; i < stmts.length; i++) {
        try {
            if (!skip?.(stmts[i]))
                await db.exec(statementText(file, stmts[i]));
        }
        catch (e) {
            throw errorAt(file, stmts[i], e, { index: i + (plan.mode === 'as-written' ? 1 : 0), committed: 0 });
        }
    }
}
function findLastIndex(list, pred) {
    for (let i = list.length - 1; i >= 0; i--)
        if (pred(list[i]))
            return i;
    return -1;
}

;// CONCATENATED MODULE: ./src/db/history.ts
const BASELINE_DESCRIPTION = '<< Flyway Baseline >>';
const SCHEMA_CREATION_DESCRIPTION = '<< Flyway Schema Creation >>';
/** Flyway's abbreviations so long values fit their columns. */
function abbreviateDescription(d) {
    return d.length <= 200 ? d : `${d.slice(0, 197)}...`;
}
function abbreviateScript(s) {
    return s.length <= 1000 ? s : `...${s.slice(3, 1000)}`;
}
const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;
/** Java's String.hashCode (UTF-16 code units, 32-bit overflow). */
function javaHashCode(s) {
    let h = 0;
    for (let i = 0; i < s.length; i++)
        h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
    return h;
}
const FLYWAY_LOCK_MAGIC = 0x466c79776179n; // "Flyway"
class SchemaHistory {
    db;
    schema;
    table;
    /** `"schema"."table"`, as Flyway prints (and hashes) it. */
    qualified;
    constructor(db, schema, table) {
        this.db = db;
        this.schema = schema;
        this.table = table;
        this.qualified = `${quoteIdent(schema)}.${quoteIdent(table)}`;
    }
    /** The advisory lock key Flyway uses for this table. */
    get lockKey() {
        return (FLYWAY_LOCK_MAGIC + BigInt(javaHashCode(this.qualified))).toString();
    }
    async exists() {
        const r = await this.db.query(`SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')) AS found`, [this.schema, this.table]);
        return r.rows[0]?.found === true;
    }
    async schemaExists() {
        const r = await this.db.query('SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1) AS found', [this.schema]);
        return r.rows[0]?.found === true;
    }
    /**
     * Creates the table (and the schema, with Flyway's schema-creation marker row, when it does not
     * exist), optionally with a baseline row, in one transaction.
     */
    async create(baselineVersion) {
        const t = this.qualified;
        await this.db.exec('BEGIN');
        try {
            const createSchema = !(await this.schemaExists());
            if (createSchema)
                await this.db.exec(`CREATE SCHEMA ${quoteIdent(this.schema)}`);
            await this.db.exec(`CREATE TABLE ${t} (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
)`);
            await this.db.exec(`ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(`${this.table}_pk`)} PRIMARY KEY ("installed_rank")`);
            await this.db.exec(`CREATE INDEX ${quoteIdent(`${this.table}_s_idx`)} ON ${t} ("success")`);
            if (createSchema) {
                await this.insertWithRank(0, {
                    version: null,
                    description: SCHEMA_CREATION_DESCRIPTION,
                    type: 'SCHEMA',
                    script: quoteIdent(this.schema),
                    checksum: null,
                    executionTime: 0,
                    success: true,
                });
            }
            if (baselineVersion !== undefined)
                await this.insert(baselineRow(baselineVersion));
            await this.db.exec('COMMIT');
        }
        catch (e) {
            await this.db.exec('ROLLBACK').catch(() => undefined);
            throw e;
        }
    }
    /** Every row, by installed_rank. */
    async rows() {
        const r = await this.db.query(`SELECT installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success
         FROM ${this.qualified} ORDER BY installed_rank`);
        return r.rows.map((x) => ({
            installedRank: Number(x['installed_rank']),
            version: x['version'] === null ? null : String(x['version']),
            description: String(x['description']),
            type: String(x['type']),
            script: String(x['script']),
            checksum: x['checksum'] === null ? null : Number(x['checksum']),
            installedBy: String(x['installed_by']),
            installedOn: x['installed_on'] instanceof Date ? x['installed_on'] : new Date(String(x['installed_on'])),
            executionTime: Number(x['execution_time']),
            success: x['success'] === true,
        }));
    }
    /** Adds a row with the next installed_rank; installed_by is session_user. Returns the rank. */
    async insert(row) {
        const r = await this.db.query(`INSERT INTO ${this.qualified}
         (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
       SELECT coalesce(max(installed_rank), 0) + 1, $1, $2, $3, $4, $5, left(session_user, 100), $6, $7 FROM ${this.qualified}
       RETURNING installed_rank AS rank`, rowParams(row));
        return Number(r.rows[0].rank);
    }
    /** Marks a row (written as failed before a migration that can stop half-way) as a success. */
    async succeed(rank, executionTime) {
        await this.db.query(`UPDATE ${this.qualified} SET success = true, execution_time = $2 WHERE installed_rank = $1`, [rank, executionTime]);
    }
    /** Sets a row's success flag (a rollback that can stop half-way marks its version failed first). */
    async setSuccess(rank, success) {
        await this.db.query(`UPDATE ${this.qualified} SET success = $2 WHERE installed_rank = $1`, [rank, success]);
    }
    async setExecutionTime(rank, executionTime) {
        await this.db.query(`UPDATE ${this.qualified} SET execution_time = $2 WHERE installed_rank = $1`, [rank, executionTime]);
    }
    /** The highest installed_rank, 0 for an empty table. */
    async maxRank() {
        const r = await this.db.query(`SELECT coalesce(max(installed_rank), 0) AS rank FROM ${this.qualified}`);
        return Number(r.rows[0].rank);
    }
    async insertWithRank(rank, row) {
        await this.db.query(`INSERT INTO ${this.qualified}
         (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
       VALUES ($8, $1, $2, $3, $4, $5, left(session_user, 100), $6, $7)`, [...rowParams(row), rank]);
    }
    async deleteRanks(ranks) {
        if (ranks.length === 0)
            return;
        await this.db.query(`DELETE FROM ${this.qualified} WHERE installed_rank = ANY($1::int[])`, [ranks]);
    }
    /** Session advisory lock; returns false when another session holds it. */
    async tryLock() {
        const r = await this.db.query('SELECT pg_try_advisory_lock($1::bigint) AS ok', [this.lockKey]);
        return r.rows[0]?.ok === true;
    }
    async unlock() {
        await this.db.query('SELECT pg_advisory_unlock($1::bigint)', [this.lockKey]);
    }
    /** The backend holding the lock, for a "waiting for …" message. */
    async lockHolder() {
        const key = BigInt(this.lockKey);
        const r = await this.db.query(`SELECT pid FROM pg_catalog.pg_locks
        WHERE locktype = 'advisory' AND granted AND classid = $1 AND objid = $2 AND objsubid = 1
          AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
          AND pid <> pg_catalog.pg_backend_pid()
        LIMIT 1`, [Number(key >> 32n), Number(key & 0xffffffffn)]);
        return r.rows[0]?.pid;
    }
}
function rowParams(row) {
    return [
        row.version,
        abbreviateDescription(row.description),
        row.type,
        abbreviateScript(row.script),
        row.checksum,
        row.executionTime,
        row.success,
    ];
}
function baselineRow(version) {
    return {
        version: version.replace(/_/g, '.'),
        description: BASELINE_DESCRIPTION,
        type: 'BASELINE',
        script: BASELINE_DESCRIPTION,
        checksum: null,
        executionTime: 0,
        success: true,
    };
}

;// CONCATENATED MODULE: ./src/db/clean.ts
/**
 * Flyway's clean, as `reset` uses it: the schema dropped and created again, keeping its owner,
 * privileges and comment; refused on production and while cleanDisabled is true (Flyway's default).
 */


const quoteLiteral = (s) => `'${s.replace(/'/g, "''")}'`;
function assertCleanAllowed(settings) {
    if (settings.production) {
        throw new UsageError(`refusing to reset: environment "${settings.environment}" is production; reset drops every object in the schema`);
    }
    if (settings.cleanDisabled) {
        throw new UsageError('refusing to reset: cleanDisabled is true (the default); set cleanDisabled: false for this environment in migration-guard.yml to allow it');
    }
}
/** Drops and recreates the schema, keeping its owner, privileges and comment. */
async function cleanSchema(db, schema) {
    const q = quoteIdent(schema);
    const info = await db.query(`SELECT nspowner::regrole::text AS owner, obj_description(oid, 'pg_namespace') AS comment FROM pg_catalog.pg_namespace WHERE nspname = $1`, [schema]);
    if (info.rows.length === 0)
        return;
    const { owner, comment } = info.rows[0];
    const grants = await db.query(`SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END AS grantee, a.privilege_type AS privilege, a.is_grantable AS grantable
       FROM pg_catalog.pg_namespace n, aclexplode(n.nspacl) a WHERE n.nspname = $1 AND a.grantee <> n.nspowner`, [schema]);
    await db.exec('BEGIN');
    try {
        await db.exec(`DROP SCHEMA ${q} CASCADE`);
        await db.exec(`CREATE SCHEMA ${q}`);
        await db.exec(`ALTER SCHEMA ${q} OWNER TO ${owner}`);
        for (const g of grants.rows) {
            await db.exec(`GRANT ${g.privilege} ON SCHEMA ${q} TO ${g.grantee}${g.grantable ? ' WITH GRANT OPTION' : ''}`);
        }
        if (comment !== null)
            await db.exec(`COMMENT ON SCHEMA ${q} IS ${quoteLiteral(comment)}`);
        await db.exec('COMMIT');
    }
    catch (e) {
        await db.exec('ROLLBACK').catch(() => undefined);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/db/concurrent.ts

/**
 * Every invalid index (pg_index.indisvalid = false) outside PostgreSQL's own schemas, or only in
 * `schemas` when given.
 */
async function invalidIndexes(db, schemas) {
    const r = await db.query(`SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name, tn.nspname AS tschema, t.relname AS tname
       FROM pg_catalog.pg_index i
       JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
      WHERE NOT i.indisvalid
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
        AND ($1::text[] IS NULL OR n.nspname = ANY($1::text[]))
      ORDER BY 2, 3`, [schemas ?? null]);
    return r.rows.map((x) => ({
        oid: String(x.oid),
        schema: x.schema,
        name: x.name,
        table: `${x.tschema}.${x.tname}`,
        fix: `DROP INDEX CONCURRENTLY IF EXISTS ${quoteIdent(x.schema)}.${quoteIdent(x.name)};`,
    }));
}
/** The index a CREATE INDEX CONCURRENTLY builds, when it is named: its name and its table as written. */
function builtIndex(stmt) {
    if (stmt.kind !== 'IndexStmt' || !stmt.node['concurrent'] || !stmt.node['idxname'])
        return undefined;
    const rel = stmt.node['relation'];
    if (!rel?.relname)
        return undefined;
    const table = rel.schemaname ? `${quoteIdent(rel.schemaname)}.${quoteIdent(rel.relname)}` : quoteIdent(rel.relname);
    return { name: String(stmt.node['idxname']), table };
}
/**
 * Drops an invalid index named like the one `stmt` builds, in its table's schema (where
 * PostgreSQL puts an index), so the build starts clean. Runs in autocommit on `db`; returns the
 * index dropped, if any.
 */
async function dropInvalidBefore(db, stmt) {
    const target = builtIndex(stmt);
    if (!target)
        return undefined;
    const r = await db.query(`SELECT c.oid::text AS oid, n.nspname AS schema, t.relname AS tname, tn.nspname AS tschema
       FROM pg_catalog.pg_index i
       JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
      WHERE NOT i.indisvalid AND c.relname = $1
        AND c.relnamespace = (SELECT relnamespace FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass($2))`, [target.name, target.table]);
    const row = r.rows[0];
    if (!row)
        return undefined;
    const fix = `DROP INDEX CONCURRENTLY IF EXISTS ${quoteIdent(row.schema)}.${quoteIdent(target.name)}`;
    await db.exec(fix);
    return { oid: row.oid, schema: row.schema, name: target.name, table: `${row.tschema}.${row.tname}`, fix: `${fix};` };
}
/**
 * Polls the backend `pid` from another session every `everyMs` while a CONCURRENTLY statement
 * runs, and hands what it sees to `report`. Returns a stop function.
 */
function watchBackend(control, pid, everyMs, report) {
    let busy = false;
    const timer = setInterval(() => {
        if (busy)
            return;
        busy = true;
        control
            .query(`SELECT p.phase, pg_catalog.pg_blocking_pids(a.pid) AS blockers, a.wait_event_type AS wet, a.wait_event AS we,
                p.blocks_done::text AS bd, p.blocks_total::text AS bt
           FROM pg_catalog.pg_stat_activity a LEFT JOIN pg_catalog.pg_stat_progress_create_index p ON p.pid = a.pid
          WHERE a.pid = $1`, [pid])
            .then((r) => {
            const x = r.rows[0];
            if (!x)
                return;
            report({
                phase: x.phase ?? undefined,
                blockers: (x.blockers ?? []).map(Number),
                waitEvent: x.wet ? `${x.wet}: ${x.we}` : undefined,
                blocksDone: x.bd === null ? undefined : Number(x.bd),
                blocksTotal: x.bt === null ? undefined : Number(x.bt),
            });
        })
            .catch(() => undefined)
            .finally(() => (busy = false));
    }, everyMs);
    return () => clearInterval(timer);
}

;// CONCATENATED MODULE: ./src/check/locks.ts
/** Lock modes, weakest first, as PostgreSQL's documentation names them. */
const locks_LOCK_MODES = [
    'ACCESS SHARE',
    'ROW SHARE',
    'ROW EXCLUSIVE',
    'SHARE UPDATE EXCLUSIVE',
    'SHARE',
    'SHARE ROW EXCLUSIVE',
    'EXCLUSIVE',
    'ACCESS EXCLUSIVE',
];
/** pg_locks.mode ("AccessExclusiveLock") → "ACCESS EXCLUSIVE". */
function lockModeName(pgMode) {
    const words = pgMode
        .replace(/Lock$/, '')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toUpperCase();
    return locks_LOCK_MODES.includes(words) ? words : undefined;
}
/** What other sessions cannot do on the relation while the lock is held; undefined: reads and writes go on. */
function lockBlocks(mode) {
    if (mode === 'ACCESS EXCLUSIVE')
        return 'reads and writes';
    if (mode === 'EXCLUSIVE' || mode === 'SHARE ROW EXCLUSIVE' || mode === 'SHARE')
        return 'writes';
    return undefined;
}
const QUIET_KINDS = new Set(['TransactionStmt', 'VariableSetStmt', 'VariableShowStmt']);
const now = () => performance.now();
function shortText(file, stmt) {
    const first = file.text.slice(stmt.start, stmt.end).split('\n')[0].trim();
    return first.length > 60 ? `${first.slice(0, 59)}…` : first;
}
async function relations(db) {
    const r = await db.query(`SELECT c.oid::text AS oid, n.nspname::text AS s, c.relname::text AS name, c.relkind::text AS kind,
            c.relfilenode::text AS filenode, tn.nspname::text AS ts, t.relname::text AS t
       FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
       LEFT JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`);
    const out = new Map();
    for (const row of r.rows) {
        const relkind = row.kind === 'i' || row.kind === 'I' ? 'index' : row.kind === 'm' ? 'materialized view' : 'table';
        out.set(String(row.oid), {
            name: `${row.s}.${row.name}`,
            relkind,
            table: row.t ? `${row.ts}.${row.t}` : undefined,
            filenode: String(row.filenode),
        });
    }
    return out;
}
/**
 * Traces one application of a migration:
 *   const tracer = await LockTracer.start(db, file);
 *   await applyFile(db, file, tracer.hooks);
 *   const trace = await tracer.finish();
 */
class LockTracer {
    db;
    file;
    before;
    held = new Map();
    done = [];
    statements = [];
    last = now();
    /** relfilenode of each pre-existing table and materialized view, as of the last statement. */
    filenodes = new Map();
    constructor(db, file, before) {
        this.db = db;
        this.file = file;
        this.before = before;
    }
    /** Records the relations that exist now (before the migration). */
    static async start(db, file) {
        const t = new LockTracer(db, file, await relations(db));
        for (const [oid, rel] of t.before)
            if (rel.relkind !== 'index' && rel.filenode !== '0')
                t.filenodes.set(oid, rel.filenode);
        t.last = now();
        return t;
    }
    hooks = {
        afterStatement: (stmt, index) => this.afterStatement(stmt, index),
    };
    async afterStatement(stmt, index) {
        const ended = now();
        const pos = this.file.position(stmt.start);
        const traced = {
            index,
            line: pos.line,
            column: pos.column,
            text: shortText(this.file, stmt),
            durationMs: ended - this.last,
            rewrote: [],
        };
        this.statements.push(traced);
        const started = this.last;
        // One round trip: the locks this backend holds now, and the relfilenode of each pre-existing
        // table (a new one means PostgreSQL wrote the relation anew — a rewrite — whatever the statement).
        const r = await this.db.query(`SELECT 'lock' AS k, relation::text AS oid, mode::text AS v FROM pg_catalog.pg_locks
        WHERE pid = pg_catalog.pg_backend_pid() AND locktype = 'relation' AND granted
       UNION ALL
       SELECT 'filenode', oid::text, relfilenode::text FROM pg_catalog.pg_class WHERE oid = ANY($1::oid[])`, [[...this.filenodes.keys()]]);
        for (const row of r.rows) {
            if (row.k !== 'filenode' || row.v === this.filenodes.get(row.oid))
                continue;
            traced.rewrote.push(this.before.get(row.oid).name);
            this.filenodes.set(row.oid, row.v);
        }
        // The strongest mode per pre-existing relation held now.
        const current = new Map();
        for (const row of r.rows) {
            if (row.k !== 'lock')
                continue;
            const oid = String(row.oid);
            if (!this.before.has(oid))
                continue;
            const mode = lockModeName(row.v);
            if (!mode)
                continue;
            const prev = current.get(oid);
            if (!prev || locks_LOCK_MODES.indexOf(mode) > locks_LOCK_MODES.indexOf(prev))
                current.set(oid, mode);
        }
        // Locks gone since the last statement were released by it (COMMIT): they were held until `ended`.
        for (const [oid, h] of this.held) {
            const mode = current.get(oid);
            if (mode === undefined) {
                h.released = ended;
                this.done.push(h);
                this.held.delete(oid);
            }
            else if (!QUIET_KINDS.has(stmt.kind)) {
                h.heldWhile.push(traced);
            }
        }
        for (const [oid, mode] of current) {
            const h = this.held.get(oid);
            if (!h)
                this.held.set(oid, { oid, mode, stmt: traced, since: started, heldWhile: [] });
            else if (locks_LOCK_MODES.indexOf(mode) > locks_LOCK_MODES.indexOf(h.mode)) {
                // A stronger lock from this statement on: it is the one that matters.
                h.mode = mode;
                h.stmt = traced;
                h.since = started;
                h.heldWhile = [];
            }
        }
        this.last = now();
    }
    /** After the migration committed: releases what is left, compares relfilenodes. */
    async finish() {
        const end = now();
        for (const h of this.held.values()) {
            h.released = end;
            this.done.push(h);
        }
        this.held.clear();
        const after = await relations(this.db);
        const rewritten = new Set();
        for (const [oid, rel] of this.before) {
            const cur = after.get(oid);
            if (cur && cur.filenode !== rel.filenode && rel.filenode !== '0')
                rewritten.add(oid);
        }
        // One entry per relation: the strongest mode it was held in.
        const strongest = new Map();
        for (const h of this.done) {
            const prev = strongest.get(h.oid);
            if (!prev || locks_LOCK_MODES.indexOf(h.mode) > locks_LOCK_MODES.indexOf(prev.mode))
                strongest.set(h.oid, h);
        }
        const locks = [];
        for (const h of strongest.values()) {
            const rel = this.before.get(h.oid);
            const blocks = lockBlocks(h.mode);
            locks.push({
                relation: rel.name,
                relkind: rel.relkind,
                table: rel.table,
                mode: h.mode,
                blocks,
                statement: h.stmt,
                heldMs: (h.released ?? end) - h.since,
                heldWhile: h.heldWhile,
                rewritten: rewritten.has(h.oid),
                dangerous: blocks !== undefined && h.heldWhile.length > 0,
            });
        }
        locks.sort((a, b) => a.statement.index - b.statement.index || (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0));
        return {
            locks,
            rewritten: [...rewritten].map((oid) => this.before.get(oid).name).sort(),
            statements: this.statements,
        };
    }
}
/** Locks worth a `dangerous-lock` finding: an index's lock is left out when its table's lock is reported. */
function dangerousLocks(trace) {
    const tables = new Set(trace.locks.filter((l) => l.dangerous && l.relkind !== 'index').map((l) => l.relation));
    return trace.locks.filter((l) => l.dangerous && !(l.relkind === 'index' && l.table && tables.has(l.table)));
}

;// CONCATENATED MODULE: ./src/db/validator.ts
/**
 * The validator: compares the migrations on disk (resolved by the project model) with the rows
 * of the schema history, the way Flyway does. Pure: no database, no printing. It gives each
 * migration a state (what `status` shows), the validation issues (what `validate` and
 * validateOnMigrate report) and the pending migrations in the order `migrate` applies them.
 */


/** Flyway's text for a version: as written, "_" read as ".". */
const versionText = (v) => v.raw.replace(/_/g, '.');
const SYNTHETIC = new Set(['BASELINE', 'SCHEMA', 'DELETE']);
const isoOf = (d) => (Number.isNaN(d.getTime()) ? undefined : d.toISOString());
function appliedFields(row) {
    return { installedRank: row.installedRank, installedOn: isoOf(row.installedOn), installedBy: row.installedBy, executionTime: row.executionTime };
}
function analyse(project, rows, opts) {
    const issues = [];
    const infos = [];
    const versioned = project.migrations.filter((m) => m.kind === 'versioned' && m.version);
    const repeatables = project.migrations.filter((m) => m.kind === 'repeatable');
    // Resolver checks: one file per version and per repeatable description.
    const byVersion = new Map();
    for (const f of versioned) {
        const key = versionKey(f.version);
        const other = byVersion.get(key);
        if (other) {
            issues.push({
                code: 'duplicate-version',
                version: versionText(f.version),
                script: f.rel,
                location: `${f.path}:1:1`,
                message: `found more than one migration with version ${versionText(f.version)}: ${other.path} and ${f.path}`,
            });
        }
        else
            byVersion.set(key, f);
    }
    const byDescription = new Map();
    for (const f of repeatables) {
        const d = f.description ?? '';
        const other = byDescription.get(d);
        if (other) {
            issues.push({ code: 'duplicate-repeatable', script: f.rel, location: `${f.path}:1:1`, message: `found more than one repeatable migration "${d}": ${other.path} and ${f.path}` });
        }
        else
            byDescription.set(d, f);
    }
    // History: the latest row per version and per repeatable description.
    const latestByVersion = new Map();
    const latestRepeatable = new Map();
    let baselineRow;
    for (const r of rows) {
        if (r.type === 'SCHEMA') {
            infos.push({
                kind: 'schema',
                version: null,
                description: r.description,
                script: r.script,
                state: 'schema',
                checksum: { file: null, applied: null, state: 'n/a' },
                ...appliedFields(r),
            });
            continue;
        }
        if (r.type === 'BASELINE') {
            baselineRow = r;
            continue;
        }
        if (r.version !== null) {
            const v = parseVersion(r.version);
            if (v)
                latestByVersion.set(versionKey(v), r);
        }
        else if (!SYNTHETIC.has(r.type))
            latestRepeatable.set(r.description, r);
    }
    const baseline = baselineRow?.version ? parseVersion(baselineRow.version) : undefined;
    if (baselineRow) {
        infos.push({
            kind: 'baseline',
            version: baselineRow.version,
            description: baselineRow.description,
            script: baselineRow.script,
            state: 'baseline',
            checksum: { file: null, applied: null, state: 'n/a' },
            ...appliedFields(baselineRow),
        });
    }
    // The highest version in effect, and the rank at which it was reached (for out-of-order).
    let highest = baseline;
    const appliedVersions = [];
    for (const [, r] of latestByVersion) {
        if (!r.success || SYNTHETIC.has(r.type))
            continue;
        const v = parseVersion(r.version);
        appliedVersions.push({ v, rank: r.installedRank });
        if (!highest || compareVersions(v, highest) > 0)
            highest = v;
    }
    const pending = [];
    const ignored = [];
    const versionedInfos = [];
    for (const [key, f] of byVersion) {
        const v = f.version;
        const text = versionText(v);
        const row = latestByVersion.get(key);
        const info = {
            kind: 'versioned',
            version: text,
            description: f.description ?? '',
            script: f.rel,
            path: f.path,
            state: 'pending',
            checksum: { file: f.checksum, applied: null, state: 'n/a' },
        };
        versionedInfos.push(info);
        if (row && row.type !== 'DELETE') {
            Object.assign(info, appliedFields(row));
            info.checksum = { file: f.checksum, applied: row.checksum, state: row.checksum === f.checksum ? 'match' : 'mismatch' };
            if (!row.success) {
                info.state = 'failed';
                issues.push({
                    code: 'failed',
                    version: text,
                    script: f.rel,
                    location: `${f.path}:1:1`,
                    message: `migration ${text} (${row.description}) failed earlier and may be half-applied (${f.path}): remove its half-completed changes, then run \`migration-guard repair\` and migrate again`,
                });
                continue;
            }
            const laterLower = appliedVersions.some((a) => compareVersions(a.v, v) > 0 && a.rank < row.installedRank);
            info.state = laterLower ? 'out-of-order' : 'applied';
            if (info.checksum.state === 'mismatch') {
                issues.push({
                    code: 'checksum-mismatch',
                    version: text,
                    script: f.rel,
                    location: `${f.path}:1:1`,
                    message: `migration ${text} was changed after it was applied: checksum in the schema history ${row.checksum}, ${f.path} now ${f.checksum}; revert the edit and put the change in a new migration`,
                });
            }
            const desc = abbreviateDescription(f.description ?? '');
            if (desc !== row.description) {
                issues.push({
                    code: 'description-mismatch',
                    version: text,
                    script: f.rel,
                    location: `${f.path}:1:1`,
                    message: `migration ${text} was applied as "${row.description}" but ${f.path} now describes it as "${desc}"; rename the file back`,
                });
            }
            continue;
        }
        if (baseline && compareVersions(v, baseline) <= 0) {
            info.state = 'below-baseline';
            continue;
        }
        if (highest && compareVersions(v, highest) < 0 && !opts.outOfOrder) {
            info.state = 'ignored';
            ignored.push(f);
            issues.push({
                code: 'ignored',
                version: text,
                script: f.rel,
                location: `${f.path}:1:1`,
                message: `migration ${text} (${f.path}) is not applied but the database is already at version ${versionText(highest)}; give it a version above ${versionText(highest)}, or set outOfOrder: true to apply it anyway`,
            });
            continue;
        }
        pending.push(f);
    }
    // Applied versions with no file.
    for (const [key, r] of latestByVersion) {
        if (byVersion.has(key) || r.type === 'DELETE')
            continue;
        const info = {
            kind: 'versioned',
            version: r.version,
            description: r.description,
            script: r.script,
            state: 'missing',
            checksum: { file: null, applied: r.checksum, state: 'n/a' },
            ...appliedFields(r),
        };
        versionedInfos.push(info);
        if (baseline && compareVersions(parseVersion(r.version), baseline) <= 0)
            continue;
        issues.push({
            code: r.success ? 'missing' : 'failed',
            version: r.version,
            script: r.script,
            message: r.success
                ? `migration ${r.version} (${r.script}) is applied to the database but its file is missing from ${project.root}; restore it`
                : `migration ${r.version} (${r.script}) failed earlier and its file is missing from ${project.root}: remove its half-completed changes, then run \`migration-guard repair\``,
        });
    }
    versionedInfos.sort((a, b) => compareVersions(parseVersion(a.version), parseVersion(b.version)));
    const repeatableInfos = [];
    const repeatablePending = [];
    for (const [desc, f] of byDescription) {
        const row = latestRepeatable.get(abbreviateDescription(desc));
        const info = {
            kind: 'repeatable',
            version: null,
            description: desc,
            script: f.rel,
            path: f.path,
            state: 'pending',
            checksum: { file: f.checksum, applied: null, state: 'n/a' },
        };
        repeatableInfos.push(info);
        if (!row) {
            repeatablePending.push(f);
            continue;
        }
        Object.assign(info, appliedFields(row));
        info.checksum = { file: f.checksum, applied: row.checksum, state: row.checksum === f.checksum ? 'match' : 'mismatch' };
        if (!row.success) {
            info.state = 'failed';
            issues.push({
                code: 'failed',
                script: f.rel,
                location: `${f.path}:1:1`,
                message: `repeatable migration "${desc}" (${f.path}) failed earlier and may be half-applied: remove its half-completed changes, then run \`migration-guard repair\` and migrate again`,
            });
        }
        else if (info.checksum.state === 'mismatch') {
            info.state = 'outdated';
            repeatablePending.push(f);
        }
        else
            info.state = 'applied';
    }
    for (const [desc, r] of latestRepeatable) {
        if ([...byDescription.keys()].some((d) => abbreviateDescription(d) === desc))
            continue;
        repeatableInfos.push({
            kind: 'repeatable',
            version: null,
            description: desc,
            script: r.script,
            state: 'missing',
            checksum: { file: null, applied: r.checksum, state: 'n/a' },
            ...appliedFields(r),
        });
        issues.push({
            code: r.success ? 'missing' : 'failed',
            script: r.script,
            message: r.success
                ? `repeatable migration "${desc}" (${r.script}) is applied to the database but its file is missing from ${project.root}; restore it`
                : `repeatable migration "${desc}" (${r.script}) failed earlier and its file is missing: remove its half-completed changes, then run \`migration-guard repair\``,
        });
    }
    repeatableInfos.sort((a, b) => a.description.localeCompare(b.description));
    // Files about to run must have every placeholder defined.
    for (const f of [...pending, ...repeatablePending]) {
        for (const u of f.unknownPlaceholders) {
            const p = f.position(u.offset);
            issues.push({
                code: 'unknown-placeholder',
                script: f.rel,
                location: `${f.path}:${p.line}:${p.column}`,
                message: `${f.path}:${p.line}:${p.column}: no value for placeholder \${${u.name}}; set it under placeholders: in migration-guard.yml or with --placeholder`,
            });
        }
    }
    return {
        infos: [...infos, ...versionedInfos, ...repeatableInfos],
        issues,
        pending: [...pending, ...repeatablePending],
        ignored,
        current: highest ? versionText(highest) : undefined,
        baseline: baseline ? versionText(baseline) : undefined,
    };
}

;// CONCATENATED MODULE: ./src/db/executor.ts
/**
 * The executor (Flyway's DbMigrate/SqlMigrationExecutor in one): applies one migration file on
 * the work session and keeps the schema history true about it, whatever stops it.
 *
 * - An atomic file (transactional, or one BEGIN … COMMIT block) writes its success row inside its
 *   own transaction.
 * - A file that can stop half-way gets a success = false row first, on the control session, and
 *   its last step turns it into a success (inside the last transaction block when the file ends
 *   with COMMIT): a SIGKILL or a terminated backend leaves it failed, never pending or applied.
 * - After any failure the history, read on the control session, says whether the last COMMIT went
 *   through; invalid indexes that appeared are named with the statement that removes them.
 * - CONCURRENTLY statements follow the policy in concurrent.ts.
 */






const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const failureFrom = (file, e, mode, recorded, invalid = []) => ({
    script: file.rel,
    path: file.path,
    version: file.version ? versionText(file.version) : null,
    description: file.description ?? '',
    mode,
    location: `${e.file}:${e.line}:${e.column}`,
    sqlstate: e.sqlstate,
    message: e.message,
    detail: e.detail,
    hint: e.hint,
    recordedAsFailed: recorded,
    committedStatements: e.committedBefore,
    invalidIndexes: invalid,
    connectionLost: e.connectionLost,
});
/** Opens the work session next to `control` (the same session on PGlite), set up by resetSession. */
async function openWorkSession(control, settings) {
    const db = await control.sibling();
    try {
        const history = new SchemaHistory(db, settings.schema, settings.historyTable);
        const pid = db.engine === 'postgres' ? (await db.query('SELECT pg_backend_pid() AS pid')).rows[0]?.pid : undefined;
        const work = { db, history, pid };
        await resetSession(work, settings);
        return work;
    }
    catch (e) {
        await db.close();
        throw e;
    }
}
/**
 * Puts the work session back to the runner's settings before each migration, so what one
 * migration SETs (search_path, ROLE, SESSION AUTHORIZATION, any setting) never leaks into the
 * next — as Flyway restores the connection's original state between migrations (DbMigrate).
 * RESET ALL leaves role and session_authorization alone (GUC_NO_RESET_ALL), hence the two RESETs.
 * Then: lock_timeout, statement_timeout, the configured schema first on the search_path and, on
 * PostgreSQL 14+, client_connection_check_interval = 1s, so that a statement whose client is gone
 * (a killed runner) is cancelled instead of running on unseen (PostgreSQL docs, "Connection Settings").
 */
async function resetSession(work, settings) {
    const { db } = work;
    await db.exec(RESET_SESSION);
    if (db.engine === 'postgres')
        await db.query("SELECT set_config('client_connection_check_interval', '1s', false)").catch(() => undefined);
    await sessionTimeouts(db, settings.lockTimeout, settings.statementTimeout);
    if (settings.schema !== 'public' && (await work.history.schemaExists()))
        await useSchema(db, settings.schema);
}
/** What a migration SET in its session, undone: RESET ALL leaves role and session_authorization alone. */
const RESET_SESSION = 'RESET SESSION AUTHORIZATION; RESET ROLE; RESET ALL';
/** Migrations run with the configured schema first on the search_path, as Flyway does. */
async function useSchema(db, schema) {
    if (schema !== 'public')
        await db.query("SELECT set_config('search_path', $1, false)", [`${quoteIdent(schema)}, public`]);
}
async function sessionTimeouts(db, lockTimeout, statementTimeout) {
    await db.query("SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)", [lockTimeout || '0', statementTimeout || '0']);
}
class MigrationExecutor {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    async apply(file, plan) {
        const base = { script: file.rel, path: file.path };
        const mode = plan.mode;
        const work = this.ctx.work;
        // A file that can stop half-way is recorded as failed before it starts, and marked a success
        // by its last step: whatever kills the run (SIGKILL, a terminated backend), the history never
        // shows it as pending or applied when part of it ran. An atomic file needs no such row.
        const marked = !plan.atomic;
        const row = {
            version: file.version ? versionText(file.version) : null,
            description: file.description ?? '',
            type: 'SQL',
            script: file.rel,
            checksum: file.checksum,
        };
        const notes = [];
        for (let attempt = 0;; attempt++) {
            await resetSession(work, this.ctx.settings);
            const startRank = await this.ctx.history.maxRank();
            const invalidBefore = marked ? new Set((await invalidIndexes(this.ctx.control)).map((i) => i.oid)) : undefined;
            const tracer = this.ctx.opts.traceLocks ? await LockTracer.start(work.db, file) : undefined;
            const marker = marked ? await this.ctx.history.insert({ ...row, executionTime: 0, success: false }) : undefined;
            const started = external_node_perf_hooks_namespaceObject.performance.now();
            const elapsed = () => Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started);
            this.ctx.progress({ type: 'start', action: 'migrate', ...base });
            try {
                await applyFile(work.db, file, {
                    ...tracer?.hooks,
                    outside: (p, send) => this.runOutside(file, p, send, notes),
                    beforeCommit: async () => {
                        // A SET ROLE of the migration's must not decide who may write the history.
                        await work.db.exec('RESET ROLE');
                        if (marker !== undefined)
                            await work.history.succeed(marker, elapsed());
                        else
                            await work.history.insert({ ...row, executionTime: elapsed(), success: true });
                    },
                }, plan);
            }
            catch (e) {
                if (!(e instanceof ApplyError))
                    throw e;
                const ms = elapsed();
                // The history, read on the control session, says whether the last COMMIT went through.
                const after = (await this.ctx.history.rows()).filter((r) => r.installedRank > startRank && r.script === file.rel);
                if (after.some((r) => r.success)) {
                    notes.push(`the connection broke as the migration finished (${e.message}), but PostgreSQL had committed it: it is recorded as applied`);
                    this.ctx.progress({ type: 'done', action: 'migrate', ...base, ms, slow: false });
                    return { applied: { ...base, version: row.version, description: row.description, mode, executionTime: ms, slow: false, retries: attempt, notes } };
                }
                this.ctx.progress({ type: 'failed', action: 'migrate', ...base, ms });
                // Outside a transaction, statements before the failure stayed, and a failed CONCURRENTLY
                // build leaves an invalid index: such a run stays recorded as failed, as Flyway records it.
                const partial = marked && (mode === 'no-transaction' || e.committedBefore > 0);
                if (marker !== undefined) {
                    if (partial)
                        await this.ctx.history.setExecutionTime(marker, ms);
                    else
                        await this.ctx.history.deleteRanks([marker]);
                }
                if (!partial && !e.connectionLost && e.sqlstate === '55P03' && attempt < this.ctx.settings.lockRetries) {
                    const delayMs = (this.ctx.opts.retryDelayMs ?? 1000) * 2 ** attempt;
                    this.ctx.progress({ type: 'retry', script: file.rel, attempt: attempt + 1, delayMs, message: e.message });
                    await sleep(delayMs);
                    continue;
                }
                const invalid = invalidBefore ? (await invalidIndexes(this.ctx.control)).filter((i) => !invalidBefore.has(i.oid)) : [];
                return { failure: failureFrom(file, e, mode, partial, invalid) };
            }
            const ms = elapsed();
            const slow = this.ctx.settings.slowMigrationSeconds > 0 && ms > this.ctx.settings.slowMigrationSeconds * 1000;
            const trace = tracer ? await tracer.finish() : undefined;
            this.ctx.progress({ type: 'done', action: 'migrate', ...base, ms, slow });
            return {
                applied: {
                    ...base,
                    version: row.version,
                    description: row.description,
                    mode,
                    executionTime: ms,
                    slow,
                    retries: attempt,
                    notes,
                    ...(trace ? { dangerousLocks: dangerousLocks(trace) } : {}),
                },
            };
        }
    }
    /**
     * The CONCURRENTLY policy (concurrent.ts): no lock_timeout or statement_timeout of ours on the
     * statement, an invalid index of the same name dropped before a build, progress while it runs.
     */
    async runOutside(file, p, send, notes) {
        if (!/CONCURRENTLY/.test(p.outside ?? ''))
            return send();
        const work = this.ctx.work;
        await sessionTimeouts(work.db, '0', '0');
        try {
            const dropped = p.stmt ? await dropInvalidBefore(work.db, p.stmt) : undefined;
            if (dropped) {
                const index = `${dropped.schema}.${dropped.name}`;
                notes.push(`dropped the invalid index ${index} that an earlier failed build left, before building it again`);
                this.ctx.progress({ type: 'invalid-index-dropped', script: file.rel, index });
            }
            const line = file.position(p.start).line;
            const started = external_node_perf_hooks_namespaceObject.performance.now();
            const stop = work.pid !== undefined && work.db.engine === 'postgres'
                ? watchBackend(this.ctx.control, work.pid, this.ctx.opts.progressEveryMs ?? 5000, (x) => this.ctx.progress({ type: 'concurrent', script: file.rel, path: file.path, line, elapsedMs: Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started), ...x }))
                : () => undefined;
            try {
                await send();
            }
            finally {
                stop();
            }
        }
        finally {
            await sessionTimeouts(work.db, this.ctx.settings.lockTimeout, this.ctx.settings.statementTimeout).catch(() => undefined);
        }
    }
}

;// CONCATENATED MODULE: ./src/db/runner.ts
/**
 * The runner: migrate, status, validate, rollback, repair, reset (clean + migrate) and baseline
 * on one database, Flyway-compatible. It reads the schema history (history.ts), compares it with
 * the files (validator.ts) and has the executor (executor.ts) apply each migration and keep the
 * history true about it. Pure of printing: progress goes to a callback.
 *
 * Every command that writes holds Flyway's session advisory lock for the whole run, so two
 * runners never apply at once: the second waits, then reads the history again and finds nothing
 * left to do.
 */











/**
 * Two sessions, as Flyway keeps them: `db` (the control session) holds the advisory lock and
 * writes the schema history outside migrations; migrations run on `work`, a sibling session, so a
 * migration whose backend is terminated still gets its failed row, and the version the schema is
 * at can still be read. A history row that must commit with a migration is written on `work`,
 * inside the migration's transaction. (Embedded PGlite has one session: both are the same.)
 */
class Runner {
    db;
    project;
    settings;
    opts;
    history;
    work;
    executor;
    constructor(db, project, settings, opts = {}) {
        this.db = db;
        this.project = project;
        this.settings = settings;
        this.opts = opts;
        this.history = new SchemaHistory(db, settings.schema, settings.historyTable);
    }
    progress(e) {
        this.opts.onProgress?.(e);
    }
    async rows() {
        return (await this.history.exists()) ? this.history.rows() : [];
    }
    analyse(rows) {
        return analyse(this.project, rows, { outOfOrder: this.settings.outOfOrder });
    }
    /** Runs fn holding the migration lock, with the session settings from the config. */
    async withLock(fn) {
        const deadline = Date.now() + (this.opts.lockWaitMs ?? 600_000);
        let wait = 50;
        let told = false;
        while (!(await this.history.tryLock())) {
            if (!told) {
                told = true;
                this.progress({ type: 'lock-wait', holderPid: await this.history.lockHolder().catch(() => undefined) });
            }
            if (Date.now() > deadline) {
                throw new UsageError(`gave up waiting for the migration lock on ${this.history.qualified}: another runner has held it for ${Math.round((this.opts.lockWaitMs ?? 600_000) / 1000)} s`);
            }
            await sleep(wait);
            wait = Math.min(wait * 2, 1000);
        }
        try {
            this.work = await openWorkSession(this.db, this.settings);
            const { db, history, settings, opts } = this;
            this.executor = new MigrationExecutor({ control: db, history, work: this.work, settings, opts, progress: (e) => this.progress(e) });
            return await fn();
        }
        finally {
            await this.work?.db.close();
            this.work = undefined;
            this.executor = undefined;
            await this.history.unlock().catch(() => undefined);
        }
    }
    /** Invalid indexes, each with the recorded migration whose CREATE INDEX CONCURRENTLY names it. */
    async attributedInvalidIndexes(rows) {
        // The managed schemas: the configured one and those on the session's search_path.
        const path = (await this.db.query('SELECT current_schemas(false) AS s')).rows[0]?.s ?? [];
        const invalid = await invalidIndexes(this.db, [...new Set([this.settings.schema, ...path])]);
        if (invalid.length === 0)
            return [];
        const recorded = new Set(rows.filter((r) => r.success && r.type === 'SQL').map((r) => r.script));
        const creator = new Map();
        for (const f of this.project.migrations) {
            if (!recorded.has(f.rel))
                continue;
            for (const st of f.parsed.statements) {
                const name = builtIndex(st)?.name;
                if (name !== undefined && !creator.has(name))
                    creator.set(name, f.rel);
            }
        }
        return invalid.map((i) => (creator.has(i.name) ? { ...i, createdBy: creator.get(i.name) } : i));
    }
    async status() {
        const exists = await this.history.exists();
        const rows = exists ? await this.history.rows() : [];
        const a = this.analyse(rows);
        const invalid = await this.attributedInvalidIndexes(rows);
        const runningPid = await this.history.lockHolder();
        const summary = {};
        for (const s of ['applied', 'out-of-order', 'pending', 'failed', 'missing', 'outdated', 'ignored', 'baseline', 'below-baseline', 'schema', 'deleted']) {
            summary[s] = 0;
        }
        for (const m of a.infos)
            summary[m.state]++;
        return {
            database: this.db.label,
            history: this.history.qualified,
            historyExists: exists,
            currentVersion: a.current,
            migrations: a.infos,
            issues: a.issues,
            summary,
            invalidIndexes: invalid,
            ...(runningPid !== undefined ? { runningPid } : {}),
        };
    }
    /** Flyway's validate: the applied migrations match the files; pending ones are listed, not errors. */
    async validate() {
        const rows = await this.rows();
        const a = this.analyse(rows);
        const invalid = await this.attributedInvalidIndexes(rows);
        const issues = [...a.issues];
        for (const i of invalid) {
            if (!i.createdBy)
                continue;
            issues.push({
                code: 'invalid-index',
                script: i.createdBy,
                message: `index ${i.schema}.${i.name} on ${i.table} is INVALID (a failed CONCURRENTLY build), though ${i.createdBy} is recorded as applied: PostgreSQL never uses it but keeps updating it. Rebuild it: ${i.fix} then run the CREATE INDEX CONCURRENTLY of ${i.createdBy} again`,
            });
        }
        return {
            database: this.db.label,
            history: this.history.qualified,
            ok: issues.length === 0,
            issues,
            pending: a.pending.map((f) => f.rel),
            invalidIndexes: invalid,
        };
    }
    /** True when the schema holds no relation, routine or type of its own. */
    async schemaIsEmpty() {
        const r = await this.db.query(`SELECT NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1)
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1)
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                           WHERE n.nspname = $1 AND t.typrelid = 0 AND t.typcategory <> 'A') AS empty`, [this.settings.schema]);
        return r.rows[0]?.empty === true;
    }
    /** Creates the history table with a baseline row (Flyway's `baseline`). */
    async baseline(version = this.settings.baselineVersion) {
        return this.withLock(async () => {
            if (await this.history.exists()) {
                const rows = await this.history.rows();
                if (rows.some((r) => r.type !== 'SCHEMA')) {
                    throw new UsageError(`cannot baseline: ${this.history.qualified} already has migrations in it`);
                }
                await this.history.insert({ version: version.replace(/_/g, '.'), description: '<< Flyway Baseline >>', type: 'BASELINE', script: '<< Flyway Baseline >>', checksum: null, executionTime: 0, success: true });
            }
            else
                await this.history.create(version);
            return { database: this.db.label, history: this.history.qualified, version: version.replace(/_/g, '.') };
        });
    }
    async migrate() {
        return this.withLock(() => this.migrateLocked());
    }
    async migrateLocked() {
        const result = {
            database: this.db.label,
            history: this.history.qualified,
            createdHistory: false,
            applied: [],
            issues: [],
            warnings: [],
            ok: true,
        };
        if (!(await this.history.exists())) {
            if (await this.schemaIsEmpty()) {
                await this.history.create();
            }
            else if (this.settings.baselineOnMigrate) {
                await this.history.create(this.settings.baselineVersion);
                result.baselined = this.settings.baselineVersion.replace(/_/g, '.');
            }
            else {
                result.issues.push({
                    code: 'non-empty-schema',
                    message: `schema "${this.settings.schema}" is not empty but has no schema history table ${this.history.qualified}: set baselineOnMigrate: true (and baselineVersion) to adopt the existing schema, or migrate an empty database`,
                });
                result.ok = false;
                return result;
            }
            result.createdHistory = true;
            await useSchema(this.work.db, this.settings.schema);
        }
        const a = this.analyse(await this.history.rows());
        result.initialVersion = a.current;
        const always = new Set(['failed', 'duplicate-version', 'duplicate-repeatable', 'unknown-placeholder']);
        result.issues = a.issues.filter((i) => always.has(i.code) || this.settings.validateOnMigrate);
        if (!this.settings.validateOnMigrate) {
            for (const f of a.ignored)
                result.warnings.push(`skipped ${f.path}: its version is below the current version ${a.current} and outOfOrder is false`);
        }
        // Every pending file is planned before the first is sent: one that cannot run whole (does not
        // decode, does not parse) stops the run before anything is applied.
        const plans = new Map();
        for (const file of a.pending) {
            if (file.unknownPlaceholders.length > 0)
                continue; // already an issue of its own
            try {
                plans.set(file, planFile(file));
            }
            catch (e) {
                if (!(e instanceof ApplyError))
                    throw e;
                result.issues.push({ code: 'not-runnable', script: file.rel, location: `${e.file}:${e.line}:${e.column}`, message: e.message });
            }
        }
        if (result.issues.length > 0) {
            result.ok = false;
            return result;
        }
        for (const file of a.pending) {
            const outcome = await this.executor.apply(file, plans.get(file)).catch((e) => {
                // Not a statement of the file: the control session (lock, history) failed.
                const done = result.applied.map((x) => x.script);
                throw new UsageError(`lost the session that holds the migration lock and writes the schema history while applying ${file.path} ` +
                    `(${e instanceof Error ? e.message : String(e)}); ${done.length ? `applied before it: ${done.join(', ')}` : 'nothing was applied before it'}. ` +
                    `Whether ${file.rel} committed is recorded in the history: run \`migration-guard status\` before anything else`);
            });
            if ('failure' in outcome) {
                result.failure = outcome.failure;
                result.ok = false;
                break;
            }
            result.applied.push(outcome.applied);
            if (outcome.applied.slow) {
                result.warnings.push(`${file.path} took ${(outcome.applied.executionTime / 1000).toFixed(1)} s, more than slowMigrationSeconds (${this.settings.slowMigrationSeconds} s): on a large production table it may hold locks for long`);
            }
        }
        // Read on the control session, which outlives a terminated migration backend.
        result.currentVersion = this.analyse(await this.history.rows()).current;
        return result;
    }
    /**
     * Undoes applied versions with their rollback files, newest version first: the newest one, or
     * (with `to`) every applied version above `to`. Each rollback deletes its version's history
     * rows, and those of repeatables applied after it (they may depend on what the rollback
     * removed; the next migrate applies them again), in the rollback's own transaction.
     */
    async rollback(opts = {}) {
        if (this.settings.production && !opts.forceProduction) {
            throw new UsageError(`refusing to roll back: environment "${this.settings.environment}" is production (pass --force-production if you really mean to)`);
        }
        const to = opts.to === undefined ? undefined : parseVersion(opts.to);
        if (opts.to !== undefined && !to)
            throw new UsageError(`--to must be a version such as 3 or 1.2 (got "${opts.to}")`);
        return this.withLock(async () => {
            const result = { database: this.db.label, history: this.history.qualified, target: to && versionText(to), rolledBack: [], issues: [], ok: true };
            const rows = await this.rows();
            const latest = new Map();
            for (const r of rows) {
                const v = r.version !== null && r.type === 'SQL' ? parseVersion(r.version) : undefined;
                if (v)
                    latest.set(versionKey(v), r);
            }
            let targets = [...latest.values()]
                .filter((r) => r.success)
                .map((r) => ({ row: r, v: parseVersion(r.version) }))
                .sort((a, b) => compareVersions(b.v, a.v));
            targets = to ? targets.filter((t) => compareVersions(t.v, to) > 0) : targets.slice(0, 1);
            const rollbacks = new Map();
            for (const f of this.project.files)
                if (f.kind === 'rollback' && f.version)
                    rollbacks.set(versionKey(f.version), f);
            const plans = new Map();
            for (const t of targets) {
                const file = rollbacks.get(versionKey(t.v));
                if (!file) {
                    result.issues.push({
                        code: 'rollback-missing',
                        version: t.row.version,
                        script: t.row.script,
                        message: `no rollback file for applied migration ${t.row.version} (${t.row.script}): expected ${this.project.root}/${this.project.rollbackPattern.pathFor(t.v.raw)}`,
                    });
                    continue;
                }
                try {
                    plans.set(file, planFile(file));
                }
                catch (e) {
                    if (!(e instanceof ApplyError))
                        throw e;
                    result.issues.push({ code: 'not-runnable', version: t.row.version, script: file.rel, location: `${e.file}:${e.line}:${e.column}`, message: e.message });
                    continue;
                }
                if (plans.get(file).statements.length === 0) {
                    result.issues.push({
                        code: 'rollback-empty',
                        version: t.row.version,
                        script: file.rel,
                        location: `${file.path}:1:1`,
                        message: `${file.path} has no statement: running it would delete the history row of ${t.row.version} (${t.row.script}) while everything it created stays, and the next migrate would fail. Write the statements that undo it, or one that fails loudly when it cannot be undone`,
                    });
                }
            }
            if (result.issues.length > 0) {
                result.ok = false;
                return result;
            }
            for (const t of targets) {
                const file = rollbacks.get(versionKey(t.v));
                const plan = plans.get(file);
                const mode = plan.mode;
                const started = external_node_perf_hooks_namespaceObject.performance.now();
                let removed = 0;
                this.progress({ type: 'start', action: 'rollback', script: file.rel, path: file.path });
                const work = this.work;
                await resetSession(work, this.settings);
                // A rollback that can stop half-way marks its version failed first (as migrate records such
                // a migration): if anything kills it, the history never claims the version is intact.
                const marked = !plan.atomic;
                if (marked)
                    await this.history.setSuccess(t.row.installedRank, false);
                try {
                    await applyFile(work.db, file, {
                        outside: (p, send) => this.executor.runOutside(file, p, send, []),
                        beforeCommit: async () => {
                            await work.db.exec('RESET ROLE');
                            const now = await work.history.rows();
                            const ranks = now.filter((r) => r.version !== null && r.type !== 'BASELINE' && runner_sameVersion(r.version, t.v)).map((r) => r.installedRank);
                            const first = Math.min(...ranks, t.row.installedRank);
                            const dependents = now.filter((r) => r.version === null && r.type === 'SQL' && r.installedRank > first).map((r) => r.installedRank);
                            await work.history.deleteRanks([...ranks, ...dependents]);
                            removed = ranks.length + dependents.length;
                        },
                    }, plan);
                }
                catch (e) {
                    if (!(e instanceof ApplyError))
                        throw e;
                    // A connection lost as the rollback committed: its history rows, read on the control
                    // session, say whether PostgreSQL committed it.
                    const gone = e.atCommit && !(await this.history.rows()).some((r) => r.installedRank === t.row.installedRank);
                    if (!gone) {
                        this.progress({ type: 'failed', action: 'rollback', script: file.rel, path: file.path, ms: Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started) });
                        const partial = marked && (mode === 'no-transaction' || e.committedBefore > 0);
                        if (marked && !partial)
                            await this.history.setSuccess(t.row.installedRank, true);
                        result.failure = { ...failureFrom(file, e, mode, partial), version: t.row.version, description: t.row.description };
                        result.ok = false;
                        break;
                    }
                }
                const ms = Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started);
                this.progress({ type: 'done', action: 'rollback', script: file.rel, path: file.path, ms, slow: false });
                result.rolledBack.push({ version: t.row.version, description: t.row.description, rollbackScript: file.rel, path: file.path, mode, executionTime: ms, removedRows: removed });
            }
            result.currentVersion = this.analyse(await this.rows()).current;
            return result;
        });
    }
    /** Flyway's repair, for failed runs: removes the success=false rows once the half-applied changes are cleaned up. */
    async repair() {
        return this.withLock(async () => {
            const failed = (await this.rows()).filter((r) => !r.success);
            await this.history.deleteRanks(failed.map((r) => r.installedRank));
            return {
                database: this.db.label,
                history: this.history.qualified,
                removed: failed.map((r) => ({ version: r.version, description: r.description, script: r.script })),
            };
        });
    }
    /**
     * `reset`: drops everything in the schema (Flyway's clean, history table included), then
     * migrates from scratch. Refused unless cleanDisabled is false and the environment is not
     * production.
     */
    async reset() {
        assertCleanAllowed(this.settings);
        return this.withLock(async () => {
            await cleanSchema(this.db, this.settings.schema);
            const migrate = await this.migrateLocked();
            return { database: this.db.label, schema: this.settings.schema, migrate, ok: migrate.ok };
        });
    }
}
function runner_sameVersion(text, v) {
    const p = parseVersion(text);
    return p !== undefined && versionKey(p) === versionKey(v);
}
const runner_quoteLiteral = (s) => `'${s.replace(/'/g, "''")}'`;

;// CONCATENATED MODULE: ./src/check/rules.ts
const CHECK_RULES = [
    {
        id: 'apply-failed',
        description: 'a migration (or seeds/test.sql) fails when applied in order to an empty database',
        severity: 'error',
        help: 'Fix the statement: every migration must apply to a fresh database in Flyway order, not only to yours.',
    },
    {
        id: 'extension-unavailable',
        description: 'a migration creates an extension that embedded PostgreSQL (PGlite) does not ship, so check cannot go on there',
        severity: 'warning',
        help: 'Run check against a PostgreSQL server that has the extension: migration-guard check --database-url postgres://…',
    },
    {
        id: 'cluster-statement-skipped',
        description: 'check did not run a statement that acts on the whole cluster (DROP DATABASE, ALTER SYSTEM, tablespaces, existing roles) on the server',
        severity: 'warning',
        help: 'Keep cluster-wide changes out of the migrations (see cluster-wide-statement); check runs everything else of the file.',
    },
    {
        id: 'rollback-failed',
        description: 'a rollback script fails when run right after its migration',
        severity: 'error',
        help: 'Run the rollback against the schema its migration leaves: drop in reverse order, use IF EXISTS, drop dependants first.',
    },
    {
        id: 'rollback-incomplete',
        description: 'migration → rollback does not give back the schema the migration started from, or the migration cannot be applied again after it',
        severity: 'error',
        help: 'Undo everything the migration does, in reverse order: drop what it adds, restore what it changes or drops.',
    },
    {
        id: 'dangerous-lock',
        description: 'a lock that blocks reads or writes on an existing table or index is held while further statements run',
        severity: 'warning',
        help: 'Keep the lock short: one blocking statement per transaction, last before COMMIT, with SET LOCAL lock_timeout; move the rest to their own migration.',
    },
    {
        id: 'slow-migration',
        description: 'a migration takes longer than slowMigrationSeconds (default 60 s) on the scratch database',
        severity: 'warning',
        help: 'Split the work: batch data changes, build indexes CONCURRENTLY in a migration of their own, or raise slowMigrationSeconds if it is expected.',
    },
];
const CHECK_RULE_IDS = CHECK_RULES.map((r) => r.id);
function checkRule(id) {
    return CHECK_RULES.find((r) => r.id === id);
}

;// CONCATENATED MODULE: ./src/lint/suppressions.ts
/**
 * Suppression comments:
 *   -- migration-guard-ignore RULE[, RULE]: reason        (the next statement)
 *   -- migration-guard-ignore-file RULE[, RULE]: reason   (the whole file)
 * Only real `--` comments count: libpg-query's scanner finds them, so the same text inside a
 * string literal, a quoted identifier or a block comment is not a directive. Inside the body of
 * a DO block or a function, a directive excuses the next statement of the body; a directive
 * inside a statement (between its clauses) excuses that statement.
 */



const DIRECTIVE = /^--[ \t]*migration-guard-ignore(-file)?(?![\w-])(.*)$/s;
/** Comments and string constants of a text, with string offsets; [] when it cannot be scanned. */
function suppressions_tokensOf(text) {
    const scan = (t) => {
        try {
            return (0,wasm.scanSync)(t).tokens;
        }
        catch {
            return undefined;
        }
    };
    let scanned = text;
    let tokens = scan(text);
    if (!tokens) {
        // An unterminated string or comment swallows the rest: no directive can follow it.
        const bad = findUnterminated(text);
        if (bad <= 0)
            return [];
        scanned = text.slice(0, bad);
        tokens = scan(scanned);
        if (!tokens)
            return [];
    }
    const utf8 = new Utf8Offsets(scanned);
    const out = [];
    for (const t of tokens) {
        const kind = t.tokenName === 'SQL_COMMENT' ? 'comment' : t.tokenName === 'SCONST' ? 'string' : undefined;
        if (!kind)
            continue;
        const start = utf8.toStringOffset(t.start);
        const end = utf8.toStringOffset(t.end);
        out.push({ kind, start, end, text: scanned.slice(start, end) });
    }
    return out;
}
/** The content of a string constant that may hold a body: $tag$…$tag$ or '…'. */
function stringContent(raw) {
    const dollar = /^\$[^$]*\$/.exec(raw);
    if (dollar && raw.endsWith(dollar[0]) && raw.length >= 2 * dollar[0].length) {
        return { offset: dollar[0].length, text: raw.slice(dollar[0].length, raw.length - dollar[0].length) };
    }
    if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2)
        return { offset: 1, text: raw.slice(1, -1) };
    return undefined;
}
/** Statements whose string constants hold code that can carry directives. */
function hasBody(stmt) {
    return stmt.kind === 'DoStmt' || stmt.kind === 'CreateFunctionStmt';
}
function parseSuppressions(file) {
    const text = file.text;
    if (!text.includes('migration-guard-ignore'))
        return [];
    const statements = file.parsed.statements;
    const spans = [...statements, ...file.parsed.errors]
        .map((s) => ({ start: s.start, end: s.end }))
        .sort((a, b) => a.start - b.start);
    const enclosing = (at) => spans.find((s) => at >= s.start && at < s.end);
    const next = (at) => spans.find((s) => s.start > at);
    const out = [];
    const add = (comment, at, target) => {
        const m = DIRECTIVE.exec(comment.replace(/\r$/, ''));
        if (!m)
            return;
        const body = m[2] ?? '';
        const colon = body.indexOf(':');
        const list = colon >= 0 ? body.slice(0, colon) : body;
        const reason = colon >= 0 ? body.slice(colon + 1).trim() : '';
        const rules = list
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean);
        out.push({
            scope: m[1] ? 'file' : 'statement',
            rules,
            reason,
            at,
            start: target?.start ?? 0,
            end: target ? Math.max(target.end, target.start) : -1,
        });
    };
    for (const token of suppressions_tokensOf(text)) {
        if (token.kind === 'comment') {
            add(token.text, token.start, enclosing(token.start) ?? next(token.start));
            continue;
        }
        // A string constant that is the body of a DO block or function: its own comments.
        if (!token.text.includes('migration-guard-ignore'))
            continue;
        const owner = statements.find((s) => hasBody(s) && token.start >= s.start && token.start < s.end);
        const content = owner && stringContent(token.text);
        if (!owner || !content)
            continue;
        const base = token.start + content.offset;
        for (const inner of suppressions_tokensOf(content.text)) {
            if (inner.kind !== 'comment')
                continue;
            const at = base + inner.start;
            const target = owner.nested.filter((n) => n.start > at).sort((a, b) => a.start - b.start)[0];
            add(inner.text, at, target);
        }
    }
    return out.sort((a, b) => a.at - b.at);
}

;// CONCATENATED MODULE: ./src/lint/engine.ts
/**
 * The lint engine: walks the project in Flyway's execution order, feeds every statement that
 * runs to the rules' visitors, keeps the catalog in step, and owns suppressions, severities
 * and the order of findings. Rules never do I/O and never see how findings are printed.
 */





const SUPPRESSION_RULE = 'invalid-suppression';
function lintProject(project, rules, options) {
    const severities = options.severities ?? {};
    const active = rules.filter((r) => severities[r.meta.id] !== 'off');
    // Suppressions may also name the findings `check` adds from running the migrations.
    const known = new Set(rules.map((r) => r.meta.id).concat(SUPPRESSION_RULE, CHECK_RULE_IDS));
    const raw = [];
    const catalog = new Catalog(project);
    const txBlocks = new Map();
    let current;
    const instances = active.map((rule) => {
        const severity = severities[rule.meta.id] ?? rule.meta.severity;
        const context = {
            project,
            settings: options.settings,
            catalog,
            inTransactionBlock: (stmt) => txBlocks.get(topLevelStatement(stmt)) ?? false,
            report: (d) => {
                const file = d.file ?? current;
                if (!file)
                    throw new Error(`rule ${rule.meta.id} reported outside a file`);
                raw.push(engine_locate(rule, severity, file, d));
            },
        };
        return { rule, visitors: rule.create(context), appliesTo: new Set(rule.meta.appliesTo ?? ['versioned', 'repeatable']) };
    });
    for (const { visitors } of instances)
        visitors.project?.();
    // Migrations first, in execution order (the catalog follows them), then everything else.
    const order = [...project.migrations, ...project.files.filter((f) => !project.migrations.includes(f))];
    for (const file of order) {
        current = file;
        const here = instances.filter((i) => i.appliesTo.has(file.kind));
        markTransactionBlocks(file, txBlocks);
        for (const { visitors } of here)
            visitors.file?.(file);
        const runs = file.kind === 'versioned' || file.kind === 'repeatable';
        for (const stmt of file.parsed.statements) {
            visit(stmt, file, here.map((i) => i.visitors), runs ? catalog : undefined, new Set());
        }
        for (const { visitors } of here)
            visitors.fileExit?.(file);
    }
    current = undefined;
    return finish(project, raw, known, severities);
}
function visit(stmt, file, visitors, catalog, calling) {
    for (const v of visitors) {
        v[stmt.kind]?.(stmt.node, stmt, file);
        v.statement?.(stmt, file);
    }
    // Bodies that run now: DO blocks. Function bodies run when called (below), not when created.
    if (stmt.kind === 'DoStmt') {
        for (const n of stmt.nested)
            visit(n, file, visitors, catalog, calling);
    }
    if (!catalog)
        return;
    catalog.apply(stmt, file);
    // A migration that calls a function it (or an earlier migration) defined runs that body.
    // (No function defined yet: nothing to follow, and no need to walk the statement's tree.)
    if (catalog.functions.size === 0)
        return;
    const calls = stmt.kind === 'CallStmt' ? [stmt.node['funccall']] : findAll(stmt.node, 'FuncCall');
    for (const call of calls) {
        const key = nameListKey(call?.funcname);
        const fn = key ? catalog.functions.get(key) : undefined;
        if (!fn || !key || calling.has(key))
            continue;
        calling.add(key);
        const defined = fn.origin.file;
        for (const n of fn.origin.stmt.nested) {
            const callee = {
                name: key.replace(/^public\./, ''),
                where: `${defined.path}:${defined.position(n.start).line}`,
                kind: fn.origin.stmt.node['is_procedure'] ? 'procedure' : 'function',
            };
            visit({ ...n, context: { ...n.context, callSite: stmt, callee } }, file, visitors, catalog, calling);
        }
        calling.delete(key);
    }
}
/** Top-level statements inside an explicit BEGIN … COMMIT/ROLLBACK block. */
function markTransactionBlocks(file, into) {
    let open = false;
    for (const s of file.parsed.statements) {
        const kind = s.kind === 'TransactionStmt' ? String(s.node['kind']) : '';
        if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
            into.set(s, open);
            open = true;
        }
        else if (['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE'].includes(kind)) {
            into.set(s, open);
            open = false;
        }
        else
            into.set(s, open);
    }
}
function engine_locate(rule, severity, file, d) {
    let stmt = d.stmt;
    let message = d.message;
    let offset = d.offset;
    if (stmt?.context.callSite && stmt.context.callee) {
        // The statement sits in a function body (maybe in another file): point at the call.
        const { name, where, kind } = stmt.context.callee;
        message = `${message} (in ${kind} ${name} at ${where}, called here)`;
        stmt = stmt.context.callSite;
        offset = undefined;
    }
    else if (offset === undefined && stmt) {
        offset = d.node?.location !== undefined && d.node.location >= 0 ? stmt.offsetOf(d.node.location) : stmt.start;
    }
    if (offset === undefined && stmt)
        offset = stmt.start;
    return { rule: rule.meta.id, severity, file, offset, position: d.position, message, help: d.help ?? rule.meta.help };
}
function finish(project, raw, known, severities) {
    const byFile = new Map();
    const suppressionsOf = (file) => {
        let s = byFile.get(file);
        if (!s) {
            s = parseSuppressions(file);
            byFile.set(file, s);
        }
        return s;
    };
    const kept = raw.filter((f) => {
        for (const s of suppressionsOf(f.file)) {
            if (!s.rules.includes(f.rule))
                continue;
            if (s.scope === 'file' || (f.offset !== undefined && f.offset >= s.start && f.offset <= s.end)) {
                s.used = true;
                return false;
            }
        }
        return true;
    });
    // Problems with the suppressions themselves.
    if (severities[SUPPRESSION_RULE] !== 'off') {
        const severity = severities[SUPPRESSION_RULE] ?? 'warning';
        for (const file of project.files) {
            for (const s of suppressionsOf(file)) {
                const push = (message, help) => kept.push({ rule: SUPPRESSION_RULE, severity, file, offset: s.at, message, help });
                const unknown = s.rules.filter((r) => !known.has(r));
                if (unknown.length) {
                    push(`suppression names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`, 'Use rule ids from `migration-guard rules` (see rules/*.md).');
                }
                if (!s.reason && s.rules.length > 0) {
                    push('suppression without a reason', `Say why after a colon: -- migration-guard-ignore${s.scope === 'file' ? '-file' : ''} ${s.rules.join(', ')}: <reason>`);
                }
                if (s.rules.length === 0) {
                    push('suppression names no rule', 'Name the rules it excuses: -- migration-guard-ignore RULE[, RULE]: <reason>');
                }
                if (s.scope === 'statement' && s.end < s.start) {
                    push('suppression is not followed by a statement', 'Put it on the line just before the statement it excuses.');
                }
            }
        }
    }
    const targets = project.targets;
    const findings = kept
        .filter((f) => !targets || targets.has(f.file.rel))
        .map((f) => {
        const pos = f.position ?? (f.offset === undefined ? { line: 1, column: 1 } : f.file.position(f.offset));
        return {
            rule: f.rule,
            severity: f.severity,
            file: f.file.path,
            line: pos.line,
            column: pos.column,
            message: f.message,
            help: f.help,
        };
    });
    return sortFindings(findings);
}
function sortFindings(findings) {
    return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/load/fs.ts
/**
 * Reads migration files from disk (the I/O edge of loading). Directories are scanned
 * recursively, as Flyway scans a location; only *.sql files are read. The root and every symlink
 * must resolve inside the repository (`assertInside`), and each directory is visited once, so a link
 * loop ends. Anything that cannot be read is an error, never silently skipped.
 */



const toPosix = (p) => p.split(external_node_path_.sep).join('/');
/**
 * Whether `target` is `boundary` itself or below it, comparing whole path segments (so
 * "/repo/..migrations" is inside "/repo" and "/repo2" is not). Pass resolved real paths
 * (`realpathSync`, or `realPathOf` for one that may not exist yet).
 */
function isInside(boundary, target) {
    const b = boundary.split(external_node_path_.sep).filter(Boolean);
    const t = target.split(external_node_path_.sep).filter(Boolean);
    return b.length <= t.length && b.every((segment, i) => segment === t[i]);
}
/**
 * The repository boundary, in one place: `p` (the migrations root, a symlink met while walking,
 * a file named on the command line) must resolve inside `boundaryReal`. Returns its real path.
 */
function assertInside(p, boundaryReal, opts) {
    const real = realpathSafe(p);
    if (isInside(boundaryReal, real))
        return real;
    let link = false;
    try {
        link = (0,external_node_fs_.lstatSync)(p).isSymbolicLink();
    }
    catch {
        /* resolved a moment ago: treat as a plain path */
    }
    throw new UsageError(link
        ? `symlink ${shown(p, opts)} points outside the repository (to ${real}); refusing to read it`
        : `${shown(p, opts)} resolves to ${real}, outside the repository (${boundaryReal}); refusing to read it`);
}
/** The real path of `p`, or for a path that does not exist (yet), of its nearest existing ancestor plus the rest. */
function realPathOf(p) {
    const tail = [];
    let head = (0,external_node_path_.resolve)(p);
    for (;;) {
        try {
            return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(head), ...tail);
        }
        catch {
            const parent = (0,external_node_path_.dirname)(head);
            if (parent === head)
                return (0,external_node_path_.resolve)(p);
            tail.unshift((0,external_node_path_.basename)(head));
            head = parent;
        }
    }
}
/** Every .sql file below `root` (any case of the suffix, so naming can flag ".SQL"). */
function readSqlFiles(root, opts) {
    const out = [];
    const boundary = realpathSafe(opts.boundary);
    // The root itself may be a symlink (migrations -> /elsewhere), or lie below one.
    assertInside(root, boundary, opts);
    const seen = new Set();
    const visit = (dir) => {
        const real = realpathSafe(dir);
        if (seen.has(real))
            return;
        seen.add(real);
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (e) {
            throw new UsageError(`cannot read directory ${shown(dir, opts)}: ${e.code ?? e.message}`);
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const full = (0,external_node_path_.join)(dir, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                const target = realpathSafe(full, true);
                if (target === undefined) {
                    if (/\.sql$/i.test(entry.name))
                        throw new UsageError(`broken symlink: ${shown(full, opts)}`);
                    continue;
                }
                assertInside(full, boundary, opts);
                const st = (0,external_node_fs_.statSync)(full);
                isDir = st.isDirectory();
                isFile = st.isFile();
            }
            if (isDir)
                visit(full);
            else if (isFile && /\.sql$/i.test(entry.name)) {
                out.push({ path: shown(full, opts), rel: toPosix((0,external_node_path_.relative)(root, full)), bytes: readOne(full, opts) });
            }
        }
    };
    visit(root);
    return out;
}
function readOne(file, opts) {
    try {
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch (e) {
        throw new UsageError(`cannot read ${shown(file, opts)}: ${e.code ?? e.message}`);
    }
}
function realpathSafe(p, allowMissing = false) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch (e) {
        if (allowMissing)
            return undefined;
        throw new UsageError(`cannot resolve ${p}: ${e.code ?? e.message}`);
    }
}
function shown(p, opts) {
    const r = (0,external_node_path_.relative)(opts.cwd, p);
    return toPosix(r === '' ? '.' : r);
}
function kindOfPath(p) {
    try {
        const st = (0,external_node_fs_.lstatSync)(p);
        if (st.isSymbolicLink()) {
            const t = (0,external_node_fs_.statSync)(p);
            return t.isDirectory() ? 'dir' : 'file';
        }
        return st.isDirectory() ? 'dir' : 'file';
    }
    catch {
        return 'missing';
    }
}

;// CONCATENATED MODULE: ./src/load/config.ts
/**
 * migration-guard.yml: where migrations live, how rollbacks are named, placeholders, the
 * transaction convention, rule severities and per-environment overrides. Unknown keys, wrong
 * types and paths that leave the repository are errors (exit 2) naming file:line:column.
 */







const CONFIG_FILES = ['migration-guard.yml', 'migration-guard.yaml'];
const DEFAULTS = {
    migrations: 'migrations',
    rollbackPattern: DEFAULT_ROLLBACK_PATTERN,
    seeds: 'seeds',
    transactions: 'explicit',
    placeholders: {},
    encoding: DEFAULT_ENCODING,
    rules: {},
    historyTable: 'flyway_schema_history',
    schema: 'public',
    outOfOrder: false,
    validateOnMigrate: true,
    baselineOnMigrate: false,
    baselineVersion: '1',
    cleanDisabled: true,
    production: false,
    connectRetries: 3,
    lockTimeout: '5s',
    statementTimeout: '',
    lockRetries: 3,
    slowMigrationSeconds: 60,
};
function fail(ctx, node, message) {
    const offset = node?.range?.[0];
    const pos = offset === undefined ? undefined : ctx.lines.linePos(offset);
    throw new ConfigError(message, ctx.file, pos?.line, pos?.col);
}
const str = (node, at, ctx) => {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || node.value === '') {
        fail(ctx, node, `${at} must be a non-empty string`);
    }
    return node.value;
};
const oneOf = (...values) => (node, at, ctx) => {
    const v = str(node, at, ctx);
    if (!values.includes(v))
        fail(ctx, node, `${at} must be one of ${values.join(', ')} (got "${v}")`);
    return v;
};
const placeholderMap = (node, at, ctx) => {
    if (node === null)
        return {};
    if (!(0,dist/* isMap */.jh)(node))
        fail(ctx, node, `${at} must be a map of name: value`);
    const out = {};
    for (const pair of node.items) {
        const key = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : '');
        const v = pair.value;
        if (!(0,dist/* isScalar */.jn)(v) || v.value === null || typeof v.value === 'object') {
            fail(ctx, v ?? pair.key, `${at}.${key} must be a string, number or boolean`);
        }
        out[key] = String(v.value);
    }
    return out;
};
const ruleMap = (node, at, ctx) => {
    if (node === null)
        return {};
    if (!(0,dist/* isMap */.jh)(node))
        fail(ctx, node, `${at} must be a map of rule-id: error|warning|off`);
    const out = {};
    for (const pair of node.items) {
        const id = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : '');
        if (!ctx.knownRules.has(id)) {
            fail(ctx, pair.key, `unknown rule "${id}" in ${at} (known: ${[...ctx.knownRules].sort().join(', ')})`);
        }
        out[id] = oneOf('error', 'warning', 'off')(pair.value, `${at}.${id}`, ctx);
    }
    return out;
};
const bool = (node, at, ctx) => {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'boolean')
        fail(ctx, node, `${at} must be true or false`);
    return node.value;
};
const count = (min, max) => (node, at, ctx) => {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'number' || !Number.isFinite(node.value) || node.value < min || node.value > max) {
        fail(ctx, node, `${at} must be a number from ${min} to ${max}`);
    }
    return node.value;
};
const duration = (node, at, ctx) => {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number')
        return `${node.value}ms`;
    if ((0,dist/* isScalar */.jn)(node) && node.value === '')
        return '';
    const v = str(node, at, ctx);
    if (!/^\d+(\.\d+)?\s*(us|ms|s|min|h|d)?$/.test(v))
        fail(ctx, node, `${at} must be a PostgreSQL duration such as 5s, 500ms or 2min (got "${v}")`);
    return v;
};
const identifier = (node, at, ctx) => {
    const v = str(node, at, ctx);
    if (!/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(v))
        fail(ctx, node, `${at} must be a plain SQL identifier (got "${v}")`);
    return v;
};
const encoding = (node, at, ctx) => {
    const v = str(node, at, ctx);
    if (!encodingName(v))
        fail(ctx, node, `${at} must be an encoding such as UTF-8, UTF-16LE, UTF-16BE or windows-1252 (got "${v}")`);
    return v;
};
const SETTINGS = {
    migrations: str,
    rollbackPattern: (node, at, ctx) => {
        const v = str(node, at, ctx);
        if (!v.includes('{version}'))
            fail(ctx, node, `${at} must contain {version} (e.g. ${DEFAULT_ROLLBACK_PATTERN})`);
        if (!v.endsWith('.sql'))
            fail(ctx, node, `${at} must end with .sql`);
        return v;
    },
    seeds: str,
    transactions: oneOf('explicit', 'runner'),
    placeholders: placeholderMap,
    encoding,
    rules: ruleMap,
    historyTable: identifier,
    schema: identifier,
    outOfOrder: bool,
    validateOnMigrate: bool,
    baselineOnMigrate: bool,
    baselineVersion: (node, at, ctx) => {
        const v = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' ? String(node.value) : str(node, at, ctx);
        if (!/^\d+(?:[._]\d+)*$/.test(v))
            fail(ctx, node, `${at} must be a version such as 1 or 2.1 (got "${v}")`);
        return v;
    },
    cleanDisabled: bool,
    production: bool,
    connectRetries: count(0, 20),
    lockTimeout: duration,
    statementTimeout: duration,
    lockRetries: count(0, 20),
    slowMigrationSeconds: count(0, 86_400),
};
/** Settings an environment may override. */
const ENV_KEYS = new Set([
    'placeholders',
    'rules',
    'transactions',
    'rollbackPattern',
    'outOfOrder',
    'validateOnMigrate',
    'baselineOnMigrate',
    'baselineVersion',
    'cleanDisabled',
    'production',
    'connectRetries',
    'lockTimeout',
    'statementTimeout',
    'lockRetries',
    'slowMigrationSeconds',
]);
function readMap(node, at, ctx, allowed) {
    if (node === null)
        return new Map();
    if (!(0,dist/* isMap */.jh)(node))
        fail(ctx, node, `${at} must be a map`);
    const out = new Map();
    for (const pair of node.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!allowed.has(key)) {
            fail(ctx, pair.key, `unknown key "${key}"${at ? ` in ${at}` : ''} (allowed: ${[...allowed].join(', ')})`);
        }
        if (out.has(key))
            fail(ctx, pair.key, `duplicate key "${key}"`);
        out.set(key, pair.value ?? null);
    }
    return out;
}
function loadConfig(opts) {
    let file;
    if (opts.configPath) {
        file = (0,external_node_path_.resolve)(opts.cwd, opts.configPath);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new ConfigError(`config file not found: ${opts.configPath}`);
    }
    else {
        file = CONFIG_FILES.map((f) => (0,external_node_path_.resolve)(opts.cwd, f)).find((f) => (0,external_node_fs_.existsSync)(f));
    }
    const baseDir = file ? (0,external_node_path_.dirname)(file) : opts.cwd;
    const settings = { ...DEFAULTS, placeholders: {}, rules: {} };
    let environment = opts.environment;
    let explicitProduction;
    if (file) {
        const shown = (0,external_node_path_.relative)(opts.cwd, file) || file;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch (e) {
            throw new ConfigError(`cannot read config: ${e.message}`, shown);
        }
        const lines = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
        const ctx = { file: shown, lines, knownRules: new Set(opts.knownRules) };
        if (doc.errors.length > 0) {
            const e = doc.errors[0];
            const pos = lines.linePos(e.pos[0]);
            throw new ConfigError(`invalid YAML: ${e.message.split('\n')[0]}`, shown, pos.line, pos.col);
        }
        const root = doc.contents;
        const top = readMap(root, '', ctx, new Set([...Object.keys(SETTINGS), 'environment', 'environments']));
        for (const [key, node] of top) {
            if (key === 'environment')
                environment ??= str(node, key, ctx);
            else if (key !== 'environments') {
                settings[key] = SETTINGS[key](node, key, ctx);
            }
        }
        const envs = readMap(top.get('environments') ?? null, 'environments', ctx, new Set(anyKey(top.get('environments'))));
        const chosen = environment ?? 'development';
        for (const [name, node] of envs) {
            const overrides = readMap(node, `environments.${name}`, ctx, ENV_KEYS);
            if (name !== chosen) {
                for (const [key, v] of overrides)
                    SETTINGS[key](v, `environments.${name}.${key}`, ctx);
                continue;
            }
            for (const [key, v] of overrides) {
                const value = SETTINGS[key](v, `environments.${name}.${key}`, ctx);
                if (key === 'placeholders' || key === 'rules') {
                    Object.assign(settings[key], value);
                }
                else
                    settings[key] = value;
                if (key === 'production')
                    explicitProduction = value;
            }
        }
        if (explicitProduction === undefined && top.has('production'))
            explicitProduction = settings.production;
        if (environment && !envs.has(environment) && envs.size > 0 && opts.environment) {
            throw new ConfigError(`unknown environment "${environment}" (configured: ${[...envs.keys()].join(', ')})`, shown);
        }
    }
    const migrationsDir = (0,external_node_path_.resolve)(baseDir, settings.migrations);
    // Real paths, so a migrations directory that is a symlink to elsewhere is caught too.
    const realMigrations = realPathOf(migrationsDir);
    if (!isInside(realPathOf(baseDir), realMigrations)) {
        throw new ConfigError(`migrations path "${settings.migrations}" leaves the repository (${baseDir})${realMigrations !== migrationsDir ? `: it resolves to ${realMigrations}` : ''}; point it at a directory inside it`, file ? (0,external_node_path_.relative)(opts.cwd, file) || file : undefined);
    }
    const env = environment ?? 'development';
    // An environment named "production" is production unless the config says otherwise.
    const production = explicitProduction ?? env === 'production';
    return { ...settings, production, file, baseDir, migrationsDir, environment: env };
}
function anyKey(node) {
    if (!node || !(0,dist/* isMap */.jh)(node))
        return [];
    return node.items.map((p) => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : ''));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/load/git.ts
/**
 * The migrations as they are at a git ref (--base): which files exist there and their bytes.
 * One `git ls-tree` and one `git cat-file --batch`, whatever the number of files.
 */



function git(cwd, args, input) {
    return (0,external_node_child_process_namespaceObject.execFileSync)('git', args, {
        cwd,
        input,
        maxBuffer: 1 << 30,
        stdio: ['pipe', 'pipe', 'pipe'],
    });
}
function gitText(cwd, args) {
    return git(cwd, args).toString('utf8').trim();
}
/**
 * Files under `rootAbs` at `ref`, with `rel` relative to the root and `path` relative to `cwd`
 * (as if the files were checked out).
 */
function readFilesAtRef(rootAbs, ref, cwd) {
    let top;
    try {
        top = gitText(rootAbs, ['rev-parse', '--show-toplevel']);
    }
    catch {
        throw new UsageError(`--base ${ref} needs a git repository, and ${(0,external_node_path_.relative)(cwd, rootAbs) || '.'} is not in one`);
    }
    let commit;
    try {
        commit = gitText(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch {
        throw new UsageError(`--base: unknown git ref "${ref}" (in a shallow clone fetch it first, e.g. \`git fetch --depth=1 origin ${ref.replace(/^origin\//, '')}\`)`);
    }
    const prefix = (0,external_node_path_.relative)(top, rootAbs).split(external_node_path_.sep).join('/');
    const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix === '' ? '.' : prefix]).toString('utf8');
    const entries = [];
    for (const line of listing.split('\0')) {
        if (!line)
            continue;
        const tab = line.indexOf('\t');
        const [mode, type, sha] = line.slice(0, tab).split(' ');
        const path = line.slice(tab + 1);
        if (type === 'blob' && mode !== '120000' && sha && /\.sql$/i.test(path))
            entries.push({ sha, path });
    }
    if (entries.length === 0)
        return [];
    const out = git(top, ['cat-file', '--batch'], entries.map((e) => e.sha).join('\n') + '\n');
    const files = [];
    let pos = 0;
    for (const e of entries) {
        const nl = out.indexOf(0x0a, pos);
        const header = out.subarray(pos, nl).toString('utf8').split(' ');
        const size = Number(header[2]);
        const bytes = out.subarray(nl + 1, nl + 1 + size);
        pos = nl + 1 + size + 1;
        const abs = `${top}/${e.path}`;
        files.push({
            rel: prefix === '' ? e.path : e.path.slice(prefix.length + 1),
            path: (0,external_node_path_.relative)(cwd, abs).split(external_node_path_.sep).join('/'),
            bytes: new Uint8Array(bytes),
        });
    }
    return files;
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/parse/pool.ts
/**
 * Parses many SQL texts, in-process or — when asked (MIGRATION_GUARD_WORKERS) — on worker threads.
 *
 * Files parse independently, so batches of them can go to workers (dist/parse-worker.js, each
 * with its own copy of the parser's WASM) while the main thread takes in what comes back, as
 * JSON text (see parsedToJson): the results are the same as parsing in-process. That is also
 * what happens when the worker script is not next to this module (running from source, e.g. in
 * tests) and, for their batches, when workers cannot start, die or fail.
 *
 * Not the default, because it does not pay on the machines measured: a parse costs about half
 * as much again to cross threads (JSON.stringify there, JSON.parse here: 23 MB of JSON for the
 * 4 MB bench corpus, ~330 ms against ~670 ms of parsing), and V8's own background threads (GC,
 * JIT, WASM tier-up) want a core too. On 2 CPUs, the main thread plus one worker took 1.05× the
 * time of the main thread alone, one worker 1.5× and two workers 1.2×.
 */






/** Texts per message: large enough to keep message overhead low, small enough to balance the load. */
const BATCH_CHARS = 96 * 1024;
function defaultWorkerFile() {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'parse-worker.js');
}
async function parseAll(texts, opts = {}) {
    const file = opts.workerFile ?? defaultWorkerFile();
    // More workers than CPUs only costs memory (each holds its own parser heap).
    const n = Math.min(opts.workers ?? 0, texts.length, (0,external_node_os_namespaceObject.availableParallelism)());
    if (n === 0 || !(0,external_node_fs_.existsSync)(file))
        return texts.map(parser_parseSql);
    // Batches of consecutive texts, largest first so that no worker is left with a big one at the end.
    const batches = [];
    let current = [];
    let size = 0;
    texts.forEach((t, i) => {
        current.push(i);
        size += t.length;
        if (size >= BATCH_CHARS) {
            batches.push(current);
            current = [];
            size = 0;
        }
    });
    if (current.length)
        batches.push(current);
    const weight = (b) => b.reduce((w, i) => w + texts[i].length, 0);
    batches.sort((a, b) => weight(b) - weight(a));
    const results = new Array(texts.length);
    const local = (b) => {
        for (const i of b)
            results[i] = parser_parseSql(texts[i]);
    };
    let next = 0;
    const started = [];
    const workersDone = new Promise((resolve, reject) => {
        let running = n;
        const finished = () => {
            if (--running === 0)
                resolve();
        };
        for (let w = 0; w < n; w++) {
            let worker;
            try {
                worker = new external_node_worker_threads_namespaceObject.Worker(file);
            }
            catch {
                finished();
                continue;
            }
            started.push(worker);
            let batch;
            let done = false;
            const stop = () => {
                if (done)
                    return;
                done = true;
                void worker.terminate();
                finished();
            };
            const feed = () => {
                batch = batches[next++];
                if (!batch)
                    return stop();
                worker.postMessage({ texts: batch.map((i) => texts[i]) });
            };
            worker.on('message', (m) => {
                if (m.ready)
                    return feed();
                if (!batch)
                    return;
                try {
                    if (m.results)
                        m.results.forEach((r, k) => (results[batch[k]] = parsedFromJson(r)));
                    else
                        local(batch); // the worker failed on it: parse here, where an error surfaces as usual
                }
                catch (e) {
                    done = true;
                    reject(e);
                    return;
                }
                feed();
            });
            // A worker that dies (out of memory, killed): its batch and the rest are parsed in-process.
            const died = () => {
                if (done)
                    return;
                done = true;
                if (batch)
                    batches.push(batch);
                finished();
            };
            worker.on('error', died);
            worker.on('exit', died);
        }
    });
    try {
        await workersDone;
    }
    finally {
        // Each worker is stopped once it runs out of batches; on an error, the rest are too.
        await Promise.all(started.map((w) => w.terminate()));
    }
    // Whatever no worker took (none started, or they died): parse here.
    while (next < batches.length)
        local(batches[next++]);
    return results;
}

;// CONCATENATED MODULE: ./src/commands/lint.ts
/**
 * `lint`: config → files on disk (and at --base) → project model → rules → findings.
 * Shared by the CLI and the Action; printing is left to the caller.
 */











const knownRuleIds = () => [...rules.map((r) => r.meta.id), SUPPRESSION_RULE, ...CHECK_RULE_IDS];
/** Config, then every migrations root named (or configured), read and parsed into the model. */
async function loadProjects(req) {
    const config = loadConfig({ cwd: req.cwd, configPath: req.configPath, environment: req.environment, knownRules: knownRuleIds() });
    await initParser();
    const projects = [];
    for (const [root, targets] of groupByRoot(req, config)) {
        const sources = readSqlFiles(root, { cwd: req.cwd, boundary: boundaryOf(root, config) });
        const base = req.baseFiles ? baseFilesUnder(root, req.baseFiles, req.cwd) : req.base ? readFilesAtRef(root, req.base, req.cwd) : undefined;
        const shownRoot = (0,external_node_path_.relative)(req.cwd, root).split(external_node_path_.sep).join('/') || '.';
        const prepared = prepareProject(shownRoot, sources, {
            rollbackPattern: config.rollbackPattern,
            seedsDir: config.seeds,
            placeholders: { environment: config.environment, ...config.placeholders, ...req.placeholders },
            encoding: config.encoding,
            builtins: {
                defaultSchema: config.schema,
                user: 'postgres',
                database: 'postgres',
                timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19),
                table: config.historyTable,
                environment: config.environment,
                workingDirectory: req.cwd,
            },
            base,
            targets,
        });
        const project = prepared.finish(await parseAll(prepared.texts, { workers: req.workers }));
        projects.push({ project, targets });
    }
    return { config, projects };
}
/** The given base files that lie under `root`, with `rel` relative to it. */
function baseFilesUnder(root, files, cwd) {
    const out = [];
    for (const f of files) {
        const abs = (0,external_node_path_.resolve)(cwd, f.path);
        if (abs === root || !isInside(root, abs))
            continue;
        const rel = (0,external_node_path_.relative)(root, abs);
        out.push({ ...f, rel: rel.split(external_node_path_.sep).join('/') });
    }
    return out;
}
/** The engine's options from the configuration (shared by lint and check). */
function lintOptionsFor(config) {
    return { settings: { transactions: config.transactions, runnerLockTimeout: config.lockTimeout }, severities: config.rules };
}
async function runLint(req) {
    const { config, projects } = await loadProjects(req);
    const findings = [];
    let files = 0;
    let migrations = 0;
    for (const { project, targets } of projects) {
        files += targets ? targets.size : project.files.length;
        migrations += project.migrations.filter((m) => !targets || targets.has(m.rel)).length;
        findings.push(...lintProject(project, rules, lintOptionsFor(config)));
    }
    sortFindings(findings);
    const errors = findings.filter((f) => f.severity === 'error').length;
    return { findings, summary: { errors, warnings: findings.length - errors, files, migrations }, config };
}
/**
 * Directories are migration roots; a file is linted within its migrations root (so rollbacks,
 * ordering and history replay still see the whole directory) but only its findings are kept.
 */
/**
 * What the files under `root` must stay inside: the repository when `root` is written as a path
 * inside it (so a `migrations/` that is a symlink to elsewhere is refused), else the directory the
 * user named outside it (`lint /other/project/migrations`): their choice, but symlinks in it
 * must not leave it.
 */
function boundaryOf(root, config) {
    return isInside(config.baseDir, root) ? config.baseDir : root;
}
function groupByRoot(req, config) {
    const roots = new Map();
    const paths = req.paths.length ? req.paths.map((p) => (0,external_node_path_.resolve)(req.cwd, p)) : [config.migrationsDir];
    for (const p of paths) {
        const kind = kindOfPath(p);
        if (kind === 'missing') {
            throw new UsageError(`no such file or directory: ${(0,external_node_path_.relative)(req.cwd, p) || p}${req.paths.length ? '' : ' (the configured migrations directory; pass a path or set `migrations:` in migration-guard.yml)'}`);
        }
        if (kind === 'dir') {
            roots.set(p, undefined);
            continue;
        }
        // A file named on the command line (a directory's root is checked when it is read).
        assertInside(p, realPathOf(boundaryOf((0,external_node_path_.dirname)(p), config)), { cwd: req.cwd });
        const inConfigured = isInside(config.migrationsDir, p);
        const root = inConfigured ? config.migrationsDir : (0,external_node_path_.dirname)(p);
        if (roots.has(root) && roots.get(root) === undefined)
            continue;
        const set = roots.get(root) ?? new Set();
        set.add((0,external_node_path_.relative)(root, p).split(external_node_path_.sep).join('/'));
        roots.set(root, set);
    }
    return roots;
}

;// CONCATENATED MODULE: ./src/commands/db.ts
/**
 * The database commands (status, migrate, validate, rollback, repair, reset) and `create`:
 * config + migrations (as for lint) → a connection → the runner → a structured result.
 * Shared by the CLI; printing is left to the caller.
 *
 * The database is `--database-url` or DATABASE_URL: a postgres:// URL, or `pglite:DIR` for an
 * embedded PostgreSQL kept in a directory (a local database without a server). There is no
 * silent fallback to a throw-away database. Passwords never appear in messages.
 */









async function loadSingleProject(req) {
    const { config, projects } = await loadProjects({ ...req, paths: req.paths });
    if (projects.length !== 1 || projects[0].targets) {
        throw new UsageError('database commands take one migrations directory (default: the configured one), not files');
    }
    return { config, project: projects[0].project };
}
function databaseUrl(req) {
    const url = req.databaseUrl ?? req.env['DATABASE_URL'];
    if (!url) {
        throw new UsageError('no database: pass --database-url URL or set DATABASE_URL (postgres://user@host:5432/db, or pglite:DIR for an embedded database kept in DIR)');
    }
    return url;
}
/**
 * A postgres:// URL (checked first, then connected with connectRetries) or pglite:DIR, started
 * with the bundled extensions in `extensions`.
 */
async function openDatabase(url, cwd, config, retryDelayMs, onRetry, extensions = []) {
    if (url.startsWith('pglite:')) {
        const dir = url.slice('pglite:'.length).replace(/^\/\/(?=\/)/, '');
        if (!dir)
            throw new UsageError('pglite: needs a directory, e.g. --database-url pglite:.pgdata');
        const full = (0,external_node_path_.resolve)(cwd, dir);
        (0,external_node_fs_.mkdirSync)(full, { recursive: true });
        try {
            return await openPglite(full, extensions);
        }
        catch (e) {
            throw new UsageError(`cannot open embedded database in ${dir}: ${e.message}`);
        }
    }
    if (!/^postgres(ql)?:\/\//i.test(url)) {
        throw new UsageError(`database URL must start with postgres:// or postgresql:// (or be pglite:DIR), got a URL starting with "${/^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? url.slice(0, 1)}"`);
    }
    parseDbUrl(url); // a malformed URL: a usage error that names the problem, the password masked
    return connect(url, { connectRetries: config.connectRetries, retryDelayMs, onRetry });
}
/** Loads, connects, runs, closes; database failures become one masked line (exit 2). */
async function withRunner(req, check, fn) {
    const { config, project } = await loadSingleProject(req);
    check(config);
    const url = databaseUrl(req);
    const db = await openDatabase(url, req.cwd, config, req.connectRetryDelayMs, req.onConnectRetry, requestedExtensions(project));
    try {
        return await fn(new Runner(db, project, config, { ...req.runner, onProgress: req.onProgress }));
    }
    catch (e) {
        if (e instanceof UsageError || e instanceof ConfigError)
            throw new UsageError(maskSecrets(e.message, url));
        const d = asDbError(e);
        const message = d ? `${d.code} ${d.message}` : e.message;
        throw new UsageError(`database error on ${db.label}: ${maskSecrets(message, url)}`);
    }
    finally {
        await db.close();
    }
}
const noCheck = () => undefined;
const runStatus = (req) => withRunner(req, noCheck, (r) => r.status());
const runValidate = (req) => withRunner(req, noCheck, (r) => r.validate());
const runMigrate = (req) => withRunner(req, noCheck, (r) => r.migrate());
const runRepair = (req) => withRunner(req, noCheck, (r) => r.repair());
const runReset = (req) => withRunner(req, (c) => assertCleanAllowed(c), (r) => r.reset());
function runRollback(req) {
    return withRunner(req, (c) => {
        if (c.production && !req.forceProduction) {
            throw new UsageError(`refusing to roll back: environment "${c.environment}" is production (pass --force-production if you really mean to)`);
        }
    }, (r) => r.rollback({ to: req.to, forceProduction: req.forceProduction }));
}
const NAME_RE = /^[a-z0-9_]+$/;
/**
 * `create --name add_user_preferences`: the next version (keeping the zero-padding of the
 * highest existing one: V009 → V010) and its rollback file, from our templates.
 */
async function runCreate(req) {
    const name = req.name;
    if (!name)
        throw new UsageError('create needs --name, e.g. --name add_user_preferences');
    if (!NAME_RE.test(name) || /^_|_$|__/.test(name)) {
        throw new UsageError(`--name must be lower-case letters, digits and single underscores, e.g. add_user_preferences (got "${name}")`);
    }
    const { config, project } = await loadSingleProject(req);
    const versions = project.files.filter((f) => f.kind === 'versioned' && f.version).map((f) => f.version);
    versions.sort(compareVersions);
    const highest = versions[versions.length - 1];
    const version = nextVersion(highest?.raw);
    const rootAbs = (0,external_node_path_.resolve)(req.cwd, project.root);
    const migrationRel = `V${version}__${name}.sql`;
    const rollbackRel = project.rollbackPattern.pathFor(version, name);
    const shown = (rel) => (0,external_node_path_.relative)(req.cwd, (0,external_node_path_.join)(rootAbs, rel)).split(external_node_path_.sep).join('/');
    for (const rel of [migrationRel, rollbackRel]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(rootAbs, rel)))
            throw new UsageError(`${shown(rel)} already exists`);
    }
    const date = (req.now ?? new Date()).toISOString().slice(0, 10);
    const ctx = { version, name, date, migration: shown(migrationRel), rollback: shown(rollbackRel), runnerWraps: config.transactions === 'runner' };
    for (const [rel, text] of [
        [migrationRel, migrationTemplate(ctx)],
        [rollbackRel, rollbackTemplate(ctx)],
    ]) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(rootAbs, rel)), { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(rootAbs, rel), text, { flag: 'wx' });
    }
    return { version, migration: ctx.migration, rollback: ctx.rollback };
}
/** "009" → "010", "1_2" → "1_3", "9" → "10", none → "001". */
function nextVersion(raw) {
    if (!raw)
        return '001';
    const m = /^(.*?)(\d+)$/.exec(raw);
    const last = m[2];
    const next = (BigInt(last) + 1n).toString().padStart(last.length, '0');
    return `${m[1]}${next}`;
}
function migrationTemplate(c) {
    const begin = c.runnerWraps ? '' : 'BEGIN;\n\n';
    const commit = c.runnerWraps ? '' : '\nCOMMIT;\n';
    return `-- ${c.migration.split('/').pop()}
-- Date: ${c.date}
-- Description: ${c.name.replace(/_/g, ' ')}
-- Rollback: ${c.rollback}
--
-- One atomic change${c.runnerWraps ? ' (the runner wraps this file in a transaction)' : ' in one transaction'}. Keep out of it:
-- - CREATE INDEX / DROP INDEX on existing tables: use CREATE INDEX CONCURRENTLY in a migration of its own,
--   with no BEGIN/COMMIT (CONCURRENTLY cannot run inside a transaction block);
-- - large UPDATE/DELETE: batch them (a DO block that COMMITs per batch, in a migration of its own);
-- - new constraints on big tables: ADD CONSTRAINT … NOT VALID here, VALIDATE CONSTRAINT in a later migration.

${begin}-- Fail fast instead of queueing behind long transactions (and blocking everyone queued behind us).
SET LOCAL lock_timeout = '5s';

-- CREATE TABLE example (
--     id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
--     created_at  timestamptz NOT NULL DEFAULT now(),
--     updated_at  timestamptz NOT NULL DEFAULT now()
-- );

-- ALTER TABLE example ADD COLUMN note text;
${commit}`;
}
function rollbackTemplate(c) {
    const begin = c.runnerWraps ? '' : 'BEGIN;\n\n';
    const commit = c.runnerWraps ? '' : '\nCOMMIT;\n';
    return `-- ${c.rollback}
-- Rollback for: ${c.migration}
-- Date: ${c.date}
--
-- Undo every change of the migration, in reverse order, so the schema is exactly as before it
-- (\`migration-guard check\` verifies this: up, down, up). A rollback that drops an index of an
-- existing table uses DROP INDEX CONCURRENTLY in a file with no BEGIN/COMMIT.

${begin}SET LOCAL lock_timeout = '5s';

-- ALTER TABLE example DROP COLUMN IF EXISTS note;
-- DROP TABLE IF EXISTS example;
${commit}`;
}

;// CONCATENATED MODULE: ./src/check/snapshot.ts
/**
 * Schema snapshot: every user-visible object of a database as `key → normalized definition`,
 * read from the catalogs with PostgreSQL's own deparsers (pg_get_indexdef, pg_get_constraintdef,
 * pg_get_viewdef, pg_get_functiondef, pg_get_triggerdef), so two snapshots diff cleanly.
 *
 * Stable across PostgreSQL 15 and PGlite (PostgreSQL 18): names are always schema-qualified (the
 * deparsers run with search_path = pg_catalog), PostgreSQL 18's catalogued NOT NULL constraints
 * are left out (nullability is part of the column), and nothing depends on OIDs or data.
 * Left out: pg_catalog, information_schema, pg_toast, temporary schemas, objects that belong to
 * an extension (the extension itself is listed) and the schema history table.
 */



const snapshot_objectKey = (kind, name) => `${kind} ${name}`;
const USER_SCHEMA = (col) => `${col} NOT IN ('pg_catalog', 'information_schema') AND ${col} NOT LIKE 'pg\\_toast%' AND ${col} NOT LIKE 'pg\\_temp\\_%'`;
/** Not a member of an extension (CREATE EXTENSION's objects are covered by the extension). */
const NOT_EXTENSION_MEMBER = (catalog, oid) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
/** An identifier as the snapshot names objects: bare when PostgreSQL would print it so, else quoted. */
const quoteName = (s) => (/^[a-z_][a-z0-9_$]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`);
const qi = quoteName;
/** Trailing blanks and line endings never count as a change. */
function normalizeDefinition(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l.replace(/\s+$/, ''))
        .join('\n')
        .trim();
}
/**
 * A view's query as PostgreSQL 16+ prints it. Up to PostgreSQL 15 a view's rule had two hidden
 * range-table entries (OLD and NEW), so pg_get_viewdef qualified every column even when the
 * query reads one table (`SELECT products.id FROM products`); from 16 on it does not
 * (`SELECT id FROM products`). On a query level that is not a set operation and reads exactly
 * one FROM item without a join, the redundant qualifier is removed, in that level only
 * (subqueries keep theirs, as PostgreSQL 16+ keeps them).
 */
function normalizeViewDefinition(sql) {
    let tree;
    try {
        tree = (0,wasm.parseSync)(sql);
    }
    catch {
        return sql;
    }
    const select = tree.stmts?.[0]?.stmt?.['SelectStmt'];
    if (!select || (select['op'] && select['op'] !== 'SETOP_NONE'))
        return sql;
    const from = select['fromClause'];
    if (!from || from.length !== 1)
        return sql;
    const item = from[0];
    const rv = item['RangeVar'] ?? item['RangeSubselect'] ?? item['RangeFunction'];
    if (!rv)
        return sql;
    const alias = rv['alias']?.aliasname ?? rv['relname'];
    if (!alias)
        return sql;
    const cuts = [];
    const walk = (node, top) => {
        if (Array.isArray(node)) {
            for (const n of node)
                walk(n, top);
            return;
        }
        if (!node || typeof node !== 'object')
            return;
        for (const [key, value] of Object.entries(node)) {
            if (key === 'SelectStmt' && !top)
                continue; // a subquery: its own level
            if (key === 'fromClause' || key === 'withClause')
                continue;
            if (key === 'ColumnRef') {
                const ref = value;
                if (ref.fields?.length === 2 && ref.fields[0]?.String?.sval === alias && ref.location !== undefined)
                    cuts.push(ref.location);
                continue;
            }
            walk(value, false);
        }
    };
    walk(select, true);
    if (cuts.length === 0)
        return sql;
    const utf8 = new Utf8Offsets(sql);
    const quoted = /^[a-z_][a-z0-9_$]*$/.test(alias) ? alias : `"${alias.replace(/"/g, '""')}"`;
    let out = sql;
    for (const at of cuts.map((b) => utf8.toStringOffset(b)).sort((a, b) => b - a)) {
        if (out.startsWith(`${quoted}.`, at))
            out = out.slice(0, at) + out.slice(at + quoted.length + 1);
    }
    return out;
}
/**
 * The rows of a catalog query whose columns are all text, fetched as one JSON array: one value
 * to decode instead of one per field. Measured on the Lemmy history (343 migrations, three
 * snapshots each) on PGlite: decoding the protocol's rows field by field took ~8 s of 50.
 */
async function rows(db, sql, params = []) {
    const r = await db.query(`SELECT pg_catalog.json_agg(q)::text AS j FROM (${sql}) q`, params);
    const j = r.rows[0]?.j;
    return j ? JSON.parse(j) : [];
}
/** Reads the snapshot. Runs outside a transaction; leaves the session's search_path as it was. */
async function takeSnapshot(db, opts = {}) {
    const historyTable = opts.historyTable ?? 'flyway_schema_history';
    const historySchema = opts.historySchema;
    await initParser();
    const saved = (await rows(db, "SELECT pg_catalog.current_setting('search_path') AS p"))[0]?.['p'] ?? '"$user", public';
    await db.query("SELECT pg_catalog.set_config('search_path', 'pg_catalog', false)");
    try {
        return await read(db, historyTable, historySchema);
    }
    finally {
        await db.query("SELECT pg_catalog.set_config('search_path', $1, false)", [saved]);
    }
}
async function read(db, historyTable, historySchema) {
    const snap = new Map();
    const add = (o) => snap.set(snapshot_objectKey(o.kind, o.name), { ...o, definition: normalizeDefinition(o.definition) });
    const isHistory = (schema, table) => table === historyTable && (historySchema === undefined || schema === historySchema);
    for (const r of await rows(db, `SELECT nspname::text AS s FROM pg_namespace WHERE ${USER_SCHEMA('nspname')}`)) {
        add({ kind: 'schema', name: qi(r['s']), definition: 'schema' });
    }
    for (const r of await rows(db, `SELECT e.extname::text AS name, e.extversion::text AS version, n.nspname::text AS s
       FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace`)) {
        add({ kind: 'extension', name: qi(r['name']), definition: `version ${r['version']} in schema ${qi(r['s'])}` });
    }
    // Relations: tables, views, materialized views, sequences, foreign tables, composite types.
    const relations = await rows(db, `SELECT n.nspname::text AS s, c.relname::text AS name, c.relkind::text AS kind, c.relpersistence::text AS persistence,
            c.relrowsecurity::text AS rls, c.relforcerowsecurity::text AS force_rls,
            CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partkey,
            CASE WHEN c.relispartition THEN (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i
                   JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                  WHERE i.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid) END AS partition_of,
            CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS viewdef,
            CASE WHEN c.relkind = 'S' THEN (SELECT format_type(q.seqtypid, NULL) || ' start ' || q.seqstart || ' increment ' || q.seqincrement
                   || ' minvalue ' || q.seqmin || ' maxvalue ' || q.seqmax || ' cache ' || q.seqcache
                   || CASE WHEN q.seqcycle THEN ' cycle' ELSE '' END FROM pg_sequence q WHERE q.seqrelid = c.oid) END AS seq,
            CASE WHEN c.relkind = 'S' THEN (SELECT quote_ident(tn.nspname) || '.' || quote_ident(t.relname) FROM pg_depend d
                   JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
                    AND d.deptype IN ('a', 'i') LIMIT 1) END AS owner,
            CASE WHEN c.relkind = 'c' THEN (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                   FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) END AS attrs
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c') AND ${USER_SCHEMA('n.nspname')}
        AND ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}`);
    for (const r of relations) {
        if (isHistory(r['s'], r['name']))
            continue;
        const name = `${qi(r['s'])}.${qi(r['name'])}`;
        switch (r['kind']) {
            case 'r':
            case 'p': {
                const parts = [r['persistence'] === 'u' ? 'unlogged table' : 'table'];
                if (r['partkey'])
                    parts.push(`partitioned by ${r['partkey']}`);
                if (r['partition_of'])
                    parts.push(`partition of ${r['partition_of']}`);
                if (r['rls'] === 'true')
                    parts.push('row level security');
                if (r['force_rls'] === 'true')
                    parts.push('forced');
                add({ kind: 'table', name, definition: parts.join(', ') });
                break;
            }
            case 'v':
                add({ kind: 'view', name, definition: normalizeViewDefinition(r['viewdef'] ?? '') });
                break;
            case 'm':
                add({ kind: 'materialized view', name, definition: normalizeViewDefinition(r['viewdef'] ?? '') });
                break;
            case 'S':
                // A serial or identity column's sequence belongs to its table.
                add({ kind: 'sequence', name, definition: r['seq'] ?? 'sequence', parent: r['owner'] ? snapshot_objectKey('table', r['owner']) : undefined });
                break;
            case 'f':
                add({ kind: 'foreign table', name, definition: 'foreign table' });
                break;
            case 'c':
                add({ kind: 'type', name, definition: `composite (${r['attrs'] ?? ''})` });
                break;
        }
    }
    // Columns of tables and foreign tables (a view's columns are part of its definition).
    for (const r of await rows(db, `SELECT n.nspname::text AS s, c.relname::text AS t, c.relkind::text AS kind, a.attname::text AS name,
            format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull::text AS notnull,
            pg_get_expr(ad.adbin, ad.adrelid) AS def, a.attidentity::text AS identity, a.attgenerated::text AS generated,
            CASE WHEN a.attcollation <> ty.typcollation THEN (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                   FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END AS coll
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type ty ON ty.oid = a.atttypid
       LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f') AND ${USER_SCHEMA('n.nspname')}
        AND ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}`)) {
        if (isHistory(r['s'], r['t']))
            continue;
        const table = `${qi(r['s'])}.${qi(r['t'])}`;
        const parts = [r['type']];
        if (r['coll'])
            parts.push(`COLLATE ${r['coll']}`);
        if (r['notnull'] === 'true')
            parts.push('NOT NULL');
        if (r['identity'] === 'a')
            parts.push('GENERATED ALWAYS AS IDENTITY');
        else if (r['identity'] === 'd')
            parts.push('GENERATED BY DEFAULT AS IDENTITY');
        else if (r['generated'] === 's' && r['def'])
            parts.push(`GENERATED ALWAYS AS (${r['def']}) STORED`);
        else if (r['generated'] === 'v' && r['def'])
            parts.push(`GENERATED ALWAYS AS (${r['def']}) VIRTUAL`);
        else if (r['def'])
            parts.push(`DEFAULT ${r['def']}`);
        add({
            kind: 'column',
            name: `${table}.${qi(r['name'])}`,
            definition: parts.join(' '),
            parent: snapshot_objectKey(r['kind'] === 'f' ? 'foreign table' : 'table', table),
        });
    }
    // Indexes (of tables and materialized views), with their validity.
    for (const r of await rows(db, `SELECT n.nspname::text AS s, ic.relname::text AS name, tn.nspname::text AS ts, t.relname::text AS t, t.relkind::text AS tkind,
            pg_get_indexdef(i.indexrelid) AS def, i.indisvalid::text AS valid
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
       JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
      WHERE ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_class', 'ic.oid')}`)) {
        if (isHistory(r['ts'], r['t']))
            continue;
        const table = `${qi(r['ts'])}.${qi(r['t'])}`;
        add({
            kind: 'index',
            name: `${qi(r['s'])}.${qi(r['name'])}`,
            definition: `${r['def']}${r['valid'] === 'true' ? '' : ' (INVALID: a failed CREATE INDEX CONCURRENTLY)'}`,
            parent: snapshot_objectKey(r['tkind'] === 'm' ? 'materialized view' : 'table', table),
        });
    }
    // Constraints of tables and domains; NOT NULL is part of the column / domain (PostgreSQL 18 catalogs it too).
    for (const r of await rows(db, `SELECT n.nspname::text AS s, COALESCE(t.relname, ty.typname)::text AS owner, (t.oid IS NULL)::text AS is_domain,
            co.conname::text AS name, pg_get_constraintdef(co.oid) AS def
       FROM pg_constraint co
       LEFT JOIN pg_class t ON t.oid = co.conrelid AND co.conrelid <> 0
       LEFT JOIN pg_type ty ON ty.oid = co.contypid AND co.contypid <> 0
       JOIN pg_namespace n ON n.oid = COALESCE(t.relnamespace, ty.typnamespace)
      WHERE co.contype <> 'n' AND (t.oid IS NOT NULL OR ty.oid IS NOT NULL) AND ${USER_SCHEMA('n.nspname')}
        AND ${NOT_EXTENSION_MEMBER('pg_constraint', 'co.oid')}`)) {
        if (r['is_domain'] === 'false' && isHistory(r['s'], r['owner']))
            continue;
        const owner = `${qi(r['s'])}.${qi(r['owner'])}`;
        add({
            kind: 'constraint',
            name: `${owner}.${qi(r['name'])}`,
            definition: r['def'] ?? '',
            parent: snapshot_objectKey(r['is_domain'] === 'true' ? 'domain' : 'table', owner),
        });
    }
    for (const r of await rows(db, `SELECT n.nspname::text AS s, c.relname::text AS t, c.relkind::text AS kind, tg.tgname::text AS name, pg_get_triggerdef(tg.oid) AS def
       FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT tg.tgisinternal AND ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_trigger', 'tg.oid')}`)) {
        if (isHistory(r['s'], r['t']))
            continue;
        const table = `${qi(r['s'])}.${qi(r['t'])}`;
        const parentKind = r['kind'] === 'v' ? 'view' : r['kind'] === 'f' ? 'foreign table' : 'table';
        add({ kind: 'trigger', name: `${table}.${qi(r['name'])}`, definition: r['def'] ?? '', parent: snapshot_objectKey(parentKind, table) });
    }
    for (const r of await rows(db, `SELECT n.nspname::text AS s, c.relname::text AS t, p.polname::text AS name, p.polcmd::text AS cmd, p.polpermissive::text AS permissive,
            (SELECT string_agg(CASE WHEN rid = 0 THEN 'public' ELSE quote_ident(pg_get_userbyid(rid)::text) END, ', ' ORDER BY 1)
               FROM unnest(p.polroles) AS rid) AS roles,
            pg_get_expr(p.polqual, p.polrelid) AS qual, pg_get_expr(p.polwithcheck, p.polrelid) AS wcheck
       FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_SCHEMA('n.nspname')}`)) {
        const table = `${qi(r['s'])}.${qi(r['t'])}`;
        const cmd = { r: 'SELECT', a: 'INSERT', w: 'UPDATE', d: 'DELETE', '*': 'ALL' }[r['cmd'] ?? '*'] ?? 'ALL';
        const parts = [r['permissive'] === 'true' ? 'PERMISSIVE' : 'RESTRICTIVE', `FOR ${cmd}`, `TO ${r['roles'] ?? 'public'}`];
        if (r['qual'])
            parts.push(`USING (${r['qual']})`);
        if (r['wcheck'])
            parts.push(`WITH CHECK (${r['wcheck']})`);
        add({ kind: 'policy', name: `${table}.${qi(r['name'])}`, definition: parts.join(' '), parent: snapshot_objectKey('table', table) });
    }
    // Functions, procedures, aggregates: signature as key, pg_get_functiondef as definition.
    for (const r of await rows(db, `SELECT p.oid::regprocedure::text AS sig, p.prokind::text AS kind,
            CASE WHEN p.prokind IN ('f', 'p', 'w') THEN pg_get_functiondef(p.oid)
                 ELSE 'aggregate returning ' || format_type(p.prorettype, NULL) END AS def
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_proc', 'p.oid')}`)) {
        const kind = r['kind'] === 'p' ? 'procedure' : r['kind'] === 'a' ? 'aggregate' : 'function';
        add({ kind, name: r['sig'], definition: r['def'] ?? '' });
    }
    // Enums, domains, range types (composite types come with the relations above).
    for (const r of await rows(db, `SELECT n.nspname::text AS s, t.typname::text AS name, t.typtype::text AS kind,
            CASE t.typtype
              WHEN 'e' THEN (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)
              WHEN 'd' THEN format_type(t.typbasetype, t.typtypmod)
                || CASE WHEN t.typcollation <> bt.typcollation THEN ' COLLATE ' || (SELECT quote_ident(collname) FROM pg_collation WHERE oid = t.typcollation) ELSE '' END
                || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
                || COALESCE(' DEFAULT ' || t.typdefault, '')
              WHEN 'r' THEN (SELECT 'range of ' || format_type(rg.rngsubtype, NULL) FROM pg_range rg WHERE rg.rngtypid = t.oid)
            END AS def
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
      WHERE t.typtype IN ('e', 'd', 'r') AND ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_type', 't.oid')}`)) {
        const name = `${qi(r['s'])}.${qi(r['name'])}`;
        if (r['kind'] === 'e')
            add({ kind: 'enum', name, definition: `(${r['def'] ?? ''})` });
        else if (r['kind'] === 'd')
            add({ kind: 'domain', name, definition: r['def'] ?? '' });
        else
            add({ kind: 'type', name, definition: r['def'] ?? 'range' });
    }
    return new Map([...snap.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** An empty snapshot (the state before anything ran, when nothing was taken). */
const emptySnapshot = () => new Map();

;// CONCATENATED MODULE: ./src/check/diff.ts
/**
 * Differences between two schema snapshots: objects added, changed and dropped, and a
 * human-readable form that folds an added or dropped table's columns, indexes and constraints
 * into one line for the table.
 */

/**
 * `foldedSince` (ms since the epoch): definitions that differ only in date/time literals from that
 * moment on are the same. PostgreSQL folds `'now'::timestamp`, `'today'::date` and the like to a
 * constant when it stores a view or a default (docs: "Date/Time Types", special values), so an
 * object re-created from the very same text later in the run stores another constant.
 */
function diffSnapshots(before, after, foldedSince) {
    const added = [];
    const changed = [];
    const dropped = [];
    for (const [key, a] of after) {
        const b = before.get(key);
        if (!b)
            added.push(a);
        else if (b.definition !== a.definition &&
            !sameButWhitespace(b.definition, a.definition) &&
            !(foldedSince !== undefined && sameButFoldedTimes(b.definition, a.definition, foldedSince))) {
            changed.push({ kind: a.kind, name: a.name, before: b.definition, after: a.definition, parent: a.parent });
        }
    }
    for (const [key, b] of before)
        if (!after.has(key))
            dropped.push(b);
    return { added, changed, dropped };
}
const isEmptyDiff = (d) => d.added.length + d.changed.length + d.dropped.length === 0;
const emptyDiff = () => ({ added: [], changed: [], dropped: [] });
const PARENTS = ['table', 'foreign table', 'materialized view', 'domain', 'view'];
function plural(n, word) {
    if (n === 1)
        return `1 ${word}`;
    return `${n} ${word === 'index' ? 'indexes' : word === 'policy' ? 'policies' : `${word}s`}`;
}
/** What an added or dropped table brings with it: "3 columns, 1 index". */
function childrenSummary(children) {
    const counts = new Map();
    for (const c of children)
        counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
    const order = ['column', 'constraint', 'index', 'sequence', 'trigger', 'policy'];
    return order.filter((k) => counts.has(k)).map((k) => plural(counts.get(k), k)).join(', ');
}
const oneLine = (s, max = 160) => {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
/**
 * Lines for people: children of an added or dropped parent are folded into the parent's line;
 * short changed definitions show before → after, long ones (views, functions) say "definition changed".
 */
/**
 * The net effect of diffs taken one after the other (each migration's before → after): what the
 * first one found before and the last one left after, per object. An object added and dropped
 * again, or changed back, is no change. Lets a PR's schema diff leave out what unchanged
 * migrations (an R__ file that runs after the new ones) did in between.
 */
function composeDiffs(diffs) {
    const state = new Map();
    const touch = (before, after, o) => {
        const key = snapshot_objectKey(o.kind, o.name);
        const s = state.get(key);
        if (s)
            s.after = after;
        else
            state.set(key, { before, after });
    };
    for (const d of diffs) {
        for (const o of d.added)
            touch(undefined, o, o);
        for (const c of d.changed) {
            touch({ kind: c.kind, name: c.name, definition: c.before, parent: c.parent }, { kind: c.kind, name: c.name, definition: c.after, parent: c.parent }, c);
        }
        for (const o of d.dropped)
            touch(o, undefined, o);
    }
    const out = { added: [], changed: [], dropped: [] };
    for (const { before, after } of state.values()) {
        if (!before && after)
            out.added.push(after);
        else if (before && !after)
            out.dropped.push(before);
        else if (before && after && before.definition !== after.definition) {
            out.changed.push({ kind: after.kind, name: after.name, before: before.definition, after: after.definition, parent: after.parent });
        }
    }
    return out;
}
/**
 * Definitions equal but for runs of white space (a function body re-created with another
 * indentation: PostgreSQL keeps a body's text as written). A change inside a string literal that
 * is only white space is not seen — the price of not reporting indentation.
 */
function sameButWhitespace(a, b) {
    const squeeze = (s) => s.replace(/\s+/g, ' ').trim();
    return squeeze(a) === squeeze(b);
}
/** A date or timestamp literal as PostgreSQL prints it: '2026-11-30 06:30:01.5+00'::timestamp with time zone. */
const TIME_LITERAL = /'(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2}(?:\.\d+)?)?(?:[+-]\d{2}(?::?\d{2})?)?)'::(?:timestamp|date|time)[a-z ]*/g;
const DAY = 86_400_000;
function sameButFoldedTimes(a, b, since) {
    // A day of slack either way: a literal without a time zone is in the server's TimeZone.
    const recent = (lit) => {
        const t = Date.parse(lit.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
        return Number.isFinite(t) && t >= since - DAY && t <= Date.now() + DAY;
    };
    const mask = (s) => s.replace(TIME_LITERAL, (whole, lit) => (recent(lit) ? whole.replace(lit, '<now>') : whole));
    return mask(a) === mask(b);
}
/** The lines of `before` and `after` that differ, first few, for a message: "- line / + line". */
function changedLines(before, after, max = 3) {
    const b = before.split('\n').map((l) => l.trim());
    const a = after.split('\n').map((l) => l.trim());
    const gone = b.filter((l) => !a.includes(l));
    const come = a.filter((l) => !b.includes(l));
    const parts = [...gone.slice(0, max).map((l) => `- ${oneLine(l, 80)}`), ...come.slice(0, max).map((l) => `+ ${oneLine(l, 80)}`)];
    if (gone.length > max || come.length > max)
        parts.push('…');
    return parts.join(' / ');
}
function describeDiff(diff) {
    const lines = [];
    const fold = (list, change) => {
        const parents = new Set(list.filter((o) => PARENTS.includes(o.kind)).map((o) => snapshot_objectKey(o.kind, o.name)));
        const children = new Map();
        for (const o of list) {
            if (o.parent && parents.has(o.parent))
                children.set(o.parent, [...(children.get(o.parent) ?? []), o]);
        }
        for (const o of list) {
            if (o.parent && parents.has(o.parent))
                continue;
            const kids = children.get(snapshot_objectKey(o.kind, o.name));
            const def = o.definition === o.kind ? '' : oneLine(o.definition, kids?.length ? 80 : 120);
            const text = kids?.length ? `${def ? `${def}; ` : ''}with ${childrenSummary(kids)}` : def;
            lines.push({ change, kind: o.kind, name: o.name, text });
        }
    };
    fold(diff.added, 'added');
    for (const c of diff.changed) {
        const short = c.before.length <= 100 && c.after.length <= 100 && !c.before.includes('\n') && !c.after.includes('\n');
        lines.push({ change: 'changed', kind: c.kind, name: c.name, text: short ? `${c.before} → ${c.after}` : `definition changed: ${changedLines(c.before, c.after) || 'the same lines in another order'}` });
    }
    fold(diff.dropped, 'dropped');
    return lines;
}
/** "index public.idx_a (CREATE INDEX …)" */
function describeLine(l) {
    return `${l.kind} ${l.name}${l.text ? ` (${l.text})` : ''}`;
}

;// CONCATENATED MODULE: ./src/check/rollback.ts
/**
 * Verifying a migration's rollback without disturbing the forward chain (issue #11): right after
 * `m` was applied on the scratch database, its rollback runs, the schema is compared with the
 * snapshot taken before `m`, and `m` runs again (up → down → up) — on a state that is thrown away
 * afterwards, so a rollback that is broken, incomplete or deliberately irreversible never stops
 * the migrations after it from being applied and checked.
 *
 * - Both files atomic (transactional, or one BEGIN … COMMIT block): inside one transaction on the
 *   scratch database — the rollback, the snapshot, a SAVEPOINT, `m` again — then ROLLBACK. Cheap,
 *   and PostgreSQL's own transaction is the copy. (A file's own BEGIN and COMMIT are left out.)
 * - Otherwise (CONCURRENTLY, several transaction blocks, a COMMITting DO block): on a copy of the
 *   scratch database (Scratch.copy: CREATE DATABASE … TEMPLATE on a server; on PGlite the
 *   instance itself, checkpointed and restored from its data directory afterwards).
 *
 * Each step starts from a reset session (RESET_SESSION), as the runner runs each file: what the
 * migration SET in its session does not carry into its rollback.
 * - Without a copy: in place, as before; a failure there is reported as disturbing the chain.
 */



const rollback_now = () => performance.now();
async function verifyRollback(ctx, m, rollback, before) {
    let rbPlan;
    let mPlan;
    try {
        rbPlan = planFile(rollback, ctx.routine);
    }
    catch (e) {
        if (!(e instanceof ApplyError))
            throw e;
        return { how: 'transaction', failure: e, disturbed: false };
    }
    try {
        mPlan = planFile(m, ctx.routine);
    }
    catch (e) {
        if (!(e instanceof ApplyError))
            throw e;
        return { how: 'transaction', reapplyError: e, disturbed: false };
    }
    if (rbPlan.atomic && mPlan.atomic)
        return inTransaction(ctx, m, mPlan, rollback, rbPlan, before);
    if (ctx.copy) {
        const copy = await ctx.copy();
        try {
            return { ...(await upDownUp(ctx, copy.db, m, mPlan, rollback, rbPlan, before)), how: 'copy', disturbed: false };
        }
        finally {
            await copy.dispose();
        }
    }
    const v = await upDownUp(ctx, ctx.db, m, mPlan, rollback, rbPlan, before);
    return { ...v, how: 'in-place', disturbed: v.failure !== undefined || v.reapplyError !== undefined };
}
async function inTransaction(ctx, m, mPlan, rollback, rbPlan, before) {
    const { db } = ctx;
    await db.exec('BEGIN');
    try {
        const run = (file, plan) => applyInside(db, file, plan, ctx.skip?.(file));
        return { ...(await downUp(ctx, db, run, m, mPlan, rollback, rbPlan, before)), how: 'transaction', disturbed: false };
    }
    finally {
        await db.exec('ROLLBACK');
    }
}
function upDownUp(ctx, db, m, mPlan, rollback, rbPlan, before) {
    const run = async (file, plan) => {
        await applyFile(db, file, { routine: ctx.routine, skip: ctx.skip?.(file) }, plan);
    };
    return downUp(ctx, db, run, m, mPlan, rollback, rbPlan, before);
}
/** The rollback, the comparison with `before`, the migration again: each step run by `run`. */
async function downUp(ctx, db, run, m, mPlan, rollback, rbPlan, before) {
    const step = async (name, file, plan) => {
        const done = ctx.phase?.(name);
        try {
            await db.exec(RESET_SESSION);
            await run(file, plan);
            done?.(true);
            return undefined;
        }
        catch (e) {
            if (!(e instanceof ApplyError))
                throw e;
            done?.(false);
            return e;
        }
    };
    const started = rollback_now();
    const failure = await step('rollback', rollback, rbPlan);
    if (failure)
        return { failure };
    const downMs = rollback_now() - started;
    const diff = diffSnapshots(before, await ctx.snapshot(db), ctx.foldedSince);
    const reapplyError = await step('reapply', m, mPlan);
    return reapplyError ? { downMs, diff, reapplyError } : { downMs, diff };
}

;// CONCATENATED MODULE: ./src/check/run.ts
/**
 * The `check` pipeline on one scratch database, pure of printing:
 *  1. apply every migration in Flyway order to the empty database (then seeds/test.sql);
 *  2. for each migration new in the change set with a rollback file: snapshot, apply (lock
 *     trace), rollback, snapshot, compare, apply again (up → down → up);
 *  3. the lock trace of each new migration (dangerous-lock);
 *  4. the schema diff of the change set: before the first new migration → after the last;
 *  5. timing (slow-migration).
 * Rollbacks are verified on a state thrown away afterwards (rollback.ts), so only a migration that
 * fails to apply stops the chain (later migrations are reported as skipped); everything found so
 * far is returned. Findings go through the files' suppression comments and the
 * configured severities like the lint's.
 */













async function postgresInfo(db) {
    const r = await db.query("SELECT pg_catalog.current_setting('server_version') AS v, pg_catalog.version() AS full");
    const row = r.rows[0];
    return { engine: db.engine, version: (row?.v ?? '').split(' ')[0] ?? '', full: row?.full ?? '', label: db.label };
}
const ms = (start) => performance.now() - start;
/** An apply-failed finding at the failing statement; PostgreSQL's hint, when it gives one, is the help. */
function applyFailed(file, e, message, help) {
    return {
        rule: 'apply-failed',
        file,
        offset: failedOffset(file, e),
        line: e.line,
        column: e.column,
        message,
        help: e.hint ? `PostgreSQL's hint: ${e.hint}` : help,
    };
}
function seconds(msValue) {
    return msValue >= 10_000 ? `${(msValue / 1000).toFixed(0)} s` : msValue >= 1000 ? `${(msValue / 1000).toFixed(1)} s` : `${Math.round(msValue)} ms`;
}
/** Procedures defined anywhere in the project, so CALL of one that COMMITs runs outside a transaction. */
function routineLookup(project) {
    const routines = new Map();
    for (const f of project.files) {
        for (const s of f.parsed.statements) {
            if (s.kind !== 'CreateFunctionStmt')
                continue;
            const key = nameListKey(s.node['funcname']);
            if (key)
                routines.set(key, s);
        }
    }
    return (key) => routines.get(key);
}
function failureOf(e) {
    return { file: e.file, line: e.line, column: e.column, sqlstate: e.sqlstate, message: e.message, detail: e.detail, hint: e.hint };
}
function describeFailure(e) {
    let s = `${e.sqlstate ? `ERROR ${e.sqlstate}: ` : ''}${e.message}`;
    if (e.detail)
        s += ` (detail: ${e.detail})`;
    return s;
}
/** The statement an ApplyError points at, for statement-level suppressions. */
function failedOffset(file, e) {
    return e.statementIndex >= 0 ? file.parsed.statements[e.statementIndex]?.start : undefined;
}
function lockMessage(l) {
    const what = l.relkind === 'index' ? `index ${l.relation}` : l.relkind === 'materialized view' ? `materialized view ${l.relation}` : `table ${l.relation}`;
    const blocks = l.blocks === 'reads and writes' ? 'every read and write' : 'every write (INSERT, UPDATE, DELETE)';
    const others = l.heldWhile.length;
    const lines = l.heldWhile.slice(0, 5).map((s) => s.line);
    const where = `line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}${others > lines.length ? ', …' : ''}`;
    const rewrite = l.rewritten ? ' It also rewrites the table (new relfilenode), so the lock lasts as long as the copy.' : '';
    return (`takes ${/^[AEIOU]/.test(l.mode) ? 'an' : 'a'} ${l.mode} lock on ${what} and holds it while ${others} more statement${others === 1 ? ' runs' : 's run'} (${where}) until COMMIT ` +
        `(${seconds(l.heldMs)} here, on an empty table): it blocks ${blocks} on ${l.relation} for that whole time, ` +
        `and queries queue behind it while it waits for the lock.${rewrite}`);
}
/** Applies the project on `db` (an empty database) and verifies what is new. */
async function checkProject(db, project, opts) {
    const { config } = opts;
    const runStarted = Date.now();
    const postgres = await postgresInfo(db);
    const snapOpts = { historyTable: config.historyTable, historySchema: config.schema };
    const snapshot = () => takeSnapshot(db, snapOpts);
    const routine = routineLookup(project);
    const raw = [];
    const results = [];
    const seedRel = `${config.seeds.replace(/\/+$/, '')}/test.sql`;
    const seed = project.files.find((f) => f.kind === 'seed' && f.rel === seedRel);
    const total = project.migrations.length + (seed ? 1 : 0);
    const targets = project.targets;
    const inChangeSet = (m) => m.isNew && (!targets || targets.has(m.rel));
    const slowMs = config.slowMigrationSeconds > 0 ? config.slowMigrationSeconds * 1000 : Infinity;
    const progress = (file, phase, index) => {
        const started = performance.now();
        opts.onProgress?.({ file: file.path, phase, status: 'start', elapsedMs: 0, index, total });
        return (ok) => opts.onProgress?.({ file: file.path, phase, status: ok ? 'ok' : 'failed', elapsedMs: ms(started), index, total });
    };
    // On a server, statements that act on the whole cluster would escape the scratch database:
    // DROP DATABASE, ALTER SYSTEM, tablespaces, and changes to roles that existed before the run are
    // not sent (a finding says so); roles the migrations create are, and are dropped afterwards.
    const createdRoles = new Set();
    const skippedAt = new Set();
    const skip = (file) => (p) => {
        const c = db.engine === 'postgres' && p.stmt ? clusterWide(p.stmt) : undefined;
        if (!c || !p.stmt)
            return false;
        const roles = rolesNamed(p.stmt);
        if (p.stmt.kind === 'CreateRoleStmt') {
            for (const r of roles)
                createdRoles.add(r);
            return false;
        }
        if (c.object === 'role' && roles.length > 0 && roles.every((r) => createdRoles.has(r)))
            return false;
        const key = `${file.path}:${p.start}`;
        if (!skippedAt.has(key)) {
            skippedAt.add(key);
            const pos = file.position(p.start);
            raw.push({
                rule: 'cluster-statement-skipped',
                file,
                offset: p.start,
                line: pos.line,
                column: pos.column,
                message: `check did not run this ${c.verb} on the server: it acts on the whole cluster (${c.object === 'role' ? 'a role that existed before the check' : `a ${c.object}`}), outside the scratch database, so running it there could change what other databases see; the rest of ${file.rel} was checked without it`,
            });
        }
        return true;
    };
    // With a base, unchanged migrations can run after the first new one (an R__ file, an older
    // version merged meanwhile): the PR's schema diff is then the sum of its own migrations' diffs.
    const firstNew = project.migrations.findIndex(inChangeSet);
    const mixed = firstNew >= 0 && project.migrations.slice(firstNew).some((m) => !inChangeSet(m));
    const effects = [];
    let base;
    let stopped = false;
    let index = 0;
    for (const m of project.migrations) {
        index++;
        const isNew = inChangeSet(m);
        const entry = {
            file: m.path,
            kind: m.kind === 'repeatable' ? 'repeatable' : 'versioned',
            version: m.version ? versionKey(m.version) : undefined,
            description: m.description,
            isNew,
            applied: 'skipped',
            rollback: isNew && m.kind === 'versioned' ? (m.rollback ? 'none' : 'missing') : 'none',
            rollbackFile: m.kind === 'versioned' ? m.rollback?.path : undefined,
            locks: [],
            rewritten: [],
            dangerousLocks: 0,
        };
        results.push(entry);
        if (stopped)
            continue;
        const verify = isNew && m.kind === 'versioned' && m.rollback !== undefined;
        let justTaken;
        if (isNew && !base)
            base = justTaken = await snapshot();
        const before = verify || (mixed && isNew) ? (justTaken ?? (await snapshot())) : undefined;
        // Up, traced when new, on a session reset as the runner resets it before each migration:
        // what an earlier migration SET does not carry into this one.
        await db.exec(RESET_SESSION);
        const tracer = isNew ? await LockTracer.start(db, m) : undefined;
        let done = progress(m, 'apply', index);
        const started = performance.now();
        try {
            entry.mode = await applyFile(db, m, { ...tracer?.hooks, routine, skip: skip(m) });
        }
        catch (e) {
            if (!(e instanceof ApplyError))
                throw e;
            done(false);
            entry.applied = 'failed';
            entry.error = failureOf(e);
            const missing = db.engine === 'pglite' && e.sqlstate === '0A000' ? /^extension "(.+)" is not available$/.exec(e.message)?.[1] : undefined;
            raw.push(missing
                ? {
                    rule: 'extension-unavailable',
                    file: m,
                    offset: failedOffset(m, e),
                    line: e.line,
                    column: e.column,
                    message: `embedded PostgreSQL (PGlite ${postgres.version}) does not ship the extension "${missing}", so ${m.rel} and the migrations after it were not checked here`,
                }
                : applyFailed(m, e, `${m.rel} fails on a fresh database: ${describeFailure(e)}; the migrations after it were not applied`));
            stopped = true;
            continue;
        }
        entry.durationMs = ms(started);
        entry.applied = 'ok';
        done(true);
        if (tracer) {
            const trace = await tracer.finish();
            entry.locks = trace.locks;
            entry.rewritten = trace.rewritten;
            entry.slowest = [...trace.statements].sort((a, b) => b.durationMs - a.durationMs)[0];
            const dangerous = dangerousLocks(trace);
            entry.dangerousLocks = dangerous.length;
            for (const l of dangerous) {
                const stmt = m.parsed.statements[l.statement.index];
                raw.push({ rule: 'dangerous-lock', file: m, offset: stmt?.start, line: l.statement.line, column: l.statement.column, message: lockMessage(l) });
            }
            // What PostgreSQL showed: a table that existed before the change got a new relfilenode.
            entry.statements = trace.statements.map((s) => ({ line: s.line, column: s.column, rewrote: s.rewrote }));
            for (const s of trace.statements) {
                const tables = s.rewrote.filter((name) => existedBeforeChange(base, name));
                if (tables.length === 0)
                    continue;
                const stmt = m.parsed.statements[s.index];
                const held = tables.map((t) => trace.locks.find((l) => l.relation === t && l.statement.index === s.index)?.mode).filter(Boolean);
                raw.push({
                    rule: 'table-rewrite',
                    file: m,
                    offset: stmt?.start,
                    line: s.line,
                    column: s.column,
                    message: `observed on PostgreSQL ${postgres.version}: this statement rewrote ${tables.length > 1 ? 'the existing tables' : 'the existing table'} ${tables.join(', ')} (new relfilenode)` +
                        (held.length ? ` under ${held[0]} lock` : '') +
                        ': every row is copied, and on production data that takes as long as the table is large',
                });
            }
        }
        if (isNew && entry.durationMs > slowMs) {
            const s = entry.slowest;
            const stmt = s ? m.parsed.statements[s.index] : undefined;
            raw.push({
                rule: 'slow-migration',
                file: m,
                offset: stmt?.start,
                line: s?.line ?? 1,
                column: s?.column ?? 1,
                message: `${m.rel} took ${seconds(entry.durationMs)} on an empty scratch database (limit: slowMigrationSeconds = ${config.slowMigrationSeconds})` +
                    (s ? `; the slowest statement is this one (${seconds(s.durationMs)})` : '') +
                    ': on production data it will take longer, holding its locks all the while',
            });
        }
        if (mixed && isNew && before)
            effects.push(diffSnapshots(before, await snapshot()));
        if (!verify || !before)
            continue;
        const rollback = m.rollback;
        // Down, compare, up again: on a state thrown away afterwards (rollback.ts), so that what the
        // rollback does never changes what the next migration is applied to.
        const verdict = await verifyRollback({ db, copy: opts.copy, snapshot: (d) => takeSnapshot(d, snapOpts), routine, skip, foldedSince: runStarted, phase: (name) => progress(name === 'rollback' ? rollback : m, name, index) }, m, rollback, before);
        if (verdict.disturbed)
            stopped = true;
        if (verdict.failure) {
            const e = verdict.failure;
            entry.rollback = 'failed';
            raw.push({
                rule: 'rollback-failed',
                file: rollback,
                offset: failedOffset(rollback, e),
                line: e.line,
                column: e.column,
                message: `the rollback of ${m.rel} fails right after the migration: ${describeFailure(e)}`,
                help: e.hint ? `PostgreSQL's hint: ${e.hint}` : undefined,
            });
            continue;
        }
        entry.rollbackDurationMs = verdict.downMs === undefined ? undefined : Math.round(verdict.downMs);
        const problems = [];
        const diff = verdict.diff;
        if (diff && !isEmptyDiff(diff)) {
            entry.rollbackDiff = diff;
            const lines = describeDiff(diff);
            const group = (change, label) => {
                const items = lines.filter((l) => l.change === change).map(describeLine);
                if (items.length)
                    problems.push(`${label}: ${items.join('; ')}`);
            };
            group('added', 'left behind');
            group('dropped', 'lost (existed before the migration, gone after the rollback)');
            group('changed', 'not restored');
        }
        const reapplyError = verdict.reapplyError;
        if (reapplyError) {
            problems.push(`applying ${m.rel} again after the rollback fails at ${reapplyError.file}:${reapplyError.line}:${reapplyError.column}: ${describeFailure(reapplyError)}`);
        }
        if (problems.length === 0) {
            entry.rollback = 'verified';
            continue;
        }
        entry.rollback = 'incomplete';
        raw.push({
            rule: 'rollback-incomplete',
            file: rollback,
            line: 1,
            column: 1,
            alsoFiles: [m],
            message: `${rollback.rel} does not undo ${m.rel}: ${problems.join('. ')}` + (verdict.disturbed ? '; the migrations after it were not applied' : ''),
        });
    }
    const schemaDiff = mixed ? composeDiffs(effects) : base ? diffSnapshots(base, await snapshot()) : emptyDiff();
    if (seed && !stopped) {
        index++;
        const done = progress(seed, 'seed', index);
        const started = performance.now();
        const entry = { file: seed.path, kind: 'seed', isNew: seed.isNew, applied: 'ok', rollback: 'none', locks: [], rewritten: [], dangerousLocks: 0 };
        try {
            await db.exec(RESET_SESSION);
            entry.mode = await applyFile(db, seed, { routine, skip: skip(seed) });
            entry.durationMs = ms(started);
            done(true);
        }
        catch (e) {
            if (!(e instanceof ApplyError))
                throw e;
            done(false);
            entry.applied = 'failed';
            entry.error = failureOf(e);
            raw.push(applyFailed(seed, e, `${seed.rel} fails after the migrations: ${describeFailure(e)}`, 'Keep the test seed in step with the schema the migrations build.'));
        }
        results.push(entry);
    }
    else if (seed) {
        results.push({ file: seed.path, kind: 'seed', isNew: seed.isNew, applied: 'skipped', rollback: 'none', locks: [], rewritten: [], dangerousLocks: 0 });
    }
    return {
        root: project.root,
        findings: run_finish(raw, config.rules, project.targets),
        migrations: results,
        schemaDiff,
        schemaChanges: describeDiff(schemaDiff),
        complete: !stopped,
        postgres,
    };
}
/** Did the relation `schema.name` (as the lock trace names it) exist before the change set's first migration? */
function existedBeforeChange(base, name) {
    if (!base)
        return false;
    const dot = name.indexOf('.');
    const key = `${quoteName(name.slice(0, dot))}.${quoteName(name.slice(dot + 1))}`;
    return base.has(snapshot_objectKey('table', key)) || base.has(snapshot_objectKey('materialized view', key));
}
/** Suppression comments and configured severities, as the lint applies them. */
function run_finish(raw, severities, targets) {
    const cache = new Map();
    const suppressions = (f) => {
        let s = cache.get(f);
        if (!s)
            cache.set(f, (s = parseSuppressions(f)));
        return s;
    };
    const out = [];
    for (const f of raw) {
        const setting = severities[f.rule];
        if (setting === 'off')
            continue;
        if (targets && !targets.has(f.file.rel) && !(f.alsoFiles ?? []).some((o) => targets.has(o.rel)))
            continue;
        const excused = suppressions(f.file).some((s) => s.rules.includes(f.rule) && (s.scope === 'file' || (f.offset !== undefined && f.offset >= s.start && f.offset <= s.end))) || (f.alsoFiles ?? []).some((o) => suppressions(o).some((s) => s.rules.includes(f.rule) && s.scope === 'file'));
        if (excused)
            continue;
        const meta = f.rule === 'table-rewrite' ? table_rewrite.meta : checkRule(f.rule);
        out.push({
            rule: f.rule,
            severity: setting ?? meta.severity,
            file: f.file.path,
            line: f.line,
            column: f.column,
            message: f.message,
            help: f.help ?? meta.help,
        });
    }
    return out;
}
/**
 * Lint and check findings together, sorted like the lint's. An apply-failed at the very place
 * the lint already reports a parse error says nothing new and is dropped.
 */
function combineFindings(lint, check, migrations = []) {
    const parseErrors = new Set(lint.filter((f) => f.rule === 'parse-error').map((f) => `${f.file}:${f.line}:${f.column}`));
    // A rewrite PostgreSQL showed at a statement the lint already reports as rewriting: once.
    const where = statementLocator(migrations);
    const rewriteClaims = new Set(lint.filter(claimsRewrite).map(where));
    // An empty rollback is rollback-empty's; its rollback-incomplete would say the same again.
    const emptyRollbacks = new Set(lint.filter((f) => f.rule === 'rollback-empty').map((f) => f.file));
    const keep = (f) => !(f.rule === 'apply-failed' && parseErrors.has(`${f.file}:${f.line}:${f.column}`)) &&
        !(f.rule === 'table-rewrite' && rewriteClaims.has(where(f))) &&
        !(f.rule === 'rollback-incomplete' && emptyRollbacks.has(f.file));
    return sortFindings([...lint, ...check.filter(keep)]);
}
/**
 * The traced statement a finding falls in (the last one starting at or before it), as
 * "file#index"; "file:line" when the file was not traced. Lint findings point at a clause, check
 * findings at the statement's start: both map to the same statement.
 */
function statementLocator(migrations) {
    const byFile = new Map(migrations.filter((m) => m.statements).map((m) => [m.file, m.statements]));
    return (f) => {
        const list = byFile.get(f.file);
        return list ? `${f.file}#${statementAt(list, f)}` : `${f.file}:${f.line}`;
    };
}
/** Index of the last statement starting at or before the finding's position (-1: none). */
function statementAt(list, f) {
    let at = -1;
    list.forEach((s, i) => {
        if (s.line < f.line || (s.line === f.line && s.column <= f.column))
            at = i;
    });
    return at;
}
/** A lint finding that says PostgreSQL rewrites a table. */
const REWRITE_RULES = new Set(['table-rewrite', 'column-type-change', 'volatile-default']);
const claimsRewrite = (f) => REWRITE_RULES.has(f.rule) && /\brewrites?\b/.test(f.message);
/**
 * Lint findings that claim a rewrite at a statement check traced, where PostgreSQL rewrote no
 * table (every pre-existing table kept its relfilenode): counted in the JSON report, so false
 * alarms can be measured.
 */
function disagreements(lint, migrations) {
    const traced = new Map();
    for (const m of migrations)
        if (m.statements && m.applied === 'ok')
            traced.set(m.file, m.statements);
    const out = [];
    for (const f of lint.filter(claimsRewrite)) {
        const list = traced.get(f.file) ?? [];
        const stmt = list[statementAt(list, f)];
        if (!stmt || stmt.rewrote.length > 0)
            continue;
        out.push({ rule: f.rule, file: f.file, line: f.line, column: f.column, predicted: f.message, observed: 'no table rewritten: every table that existed before kept its relfilenode' });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/commands/check.ts
/**
 * `check`: the lint, then every migrations root applied to a scratch database of its own
 * (embedded PGlite without --database-url; a temporary database on the server with one, dropped
 * afterwards), with rollback verification, lock trace, schema diff and timing. Printing is left
 * to the caller (src/report/check.ts).
 */







async function runCheck(req) {
    const started = performance.now();
    // Embedded PostgreSQL: V8's compact WASM settings before any WASM (the parser's too) is compiled.
    if (!req.databaseUrl)
        compactWasm();
    const { config, projects } = await loadProjects(req);
    const lint = [];
    const found = [];
    const migrations = [];
    const schemaDiff = { added: [], changed: [], dropped: [] };
    const schemaChanges = [];
    let complete = true;
    let postgres;
    let files = 0;
    let migrationCount = 0;
    for (const { project, targets } of projects) {
        files += targets ? targets.size : project.files.length;
        migrationCount += project.migrations.filter((m) => !targets || targets.has(m.rel)).length;
        lint.push(...lintProject(project, rules, lintOptionsFor(config)));
        const engine = req.databaseUrl ? `a scratch database on ${maskUrl(req.databaseUrl)}` : 'embedded PostgreSQL (PGlite)';
        const total = project.migrations.length;
        const engineStarted = performance.now();
        req.onProgress?.({ file: engine, phase: 'engine', status: 'start', elapsedMs: 0, index: 0, total });
        const scratch = await openScratch(req.databaseUrl, {
            connectRetries: config.connectRetries,
            onRetry: req.onConnectRetry,
            extensions: requestedExtensions(project),
            roles: rolesCreatedBy(project.files),
        }).catch((e) => {
            req.onProgress?.({ file: engine, phase: 'engine', status: 'failed', elapsedMs: performance.now() - engineStarted, index: 0, total });
            throw e;
        });
        req.onProgress?.({ file: engine, phase: 'engine', status: 'ok', elapsedMs: performance.now() - engineStarted, index: 0, total });
        try {
            const r = await checkProject(scratch.db, project, { config, onProgress: req.onProgress, copy: () => scratch.copy() });
            found.push(...r.findings);
            migrations.push(...r.migrations);
            schemaDiff.added.push(...r.schemaDiff.added);
            schemaDiff.changed.push(...r.schemaDiff.changed);
            schemaDiff.dropped.push(...r.schemaDiff.dropped);
            schemaChanges.push(...r.schemaChanges);
            complete &&= r.complete;
            postgres ??= r.postgres;
        }
        finally {
            await scratch.dispose();
        }
    }
    const findings = combineFindings(sortFindings(lint), found, migrations);
    const disagreed = disagreements(lint, migrations);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const summary = {
        errors,
        warnings: findings.length - errors,
        files,
        migrations: migrationCount,
        // Migrations only: seeds/test.sql runs too, but is not one.
        applied: migrations.filter((m) => m.kind !== 'seed' && m.applied === 'ok').length,
        failed: migrations.filter((m) => m.kind !== 'seed' && m.applied === 'failed').length,
        skipped: migrations.filter((m) => m.kind !== 'seed' && m.applied === 'skipped').length,
        rollbacksVerified: migrations.filter((m) => m.rollback === 'verified').length,
        rollbacksBroken: migrations.filter((m) => m.rollback === 'failed' || m.rollback === 'incomplete').length,
        dangerousLocks: findings.filter((f) => f.rule === 'dangerous-lock').length,
        durationMs: performance.now() - started,
    };
    return {
        findings,
        summary,
        migrations,
        schemaDiff,
        schemaChanges,
        complete,
        postgres: postgres ?? { engine: req.databaseUrl ? 'postgres' : 'pglite', version: '', full: '', label: '' },
        disagreements: disagreed,
        config,
    };
}

;// CONCATENATED MODULE: ./src/report/progress.ts
/**
 * A live status line for progress on a terminal: redrawn with its elapsed time until a final
 * line replaces it. Off a terminal nothing is redrawn and final lines are plain.
 */
class LiveLine {
    write;
    tty;
    timer;
    constructor(write, tty) {
        this.write = write;
        this.tty = tty;
    }
    /** Redraws `label(elapsedMs)` every 200 ms (terminal only). */
    start(label) {
        if (!this.tty)
            return;
        this.stop();
        const started = Date.now();
        const draw = () => this.write(`\r\x1b[2K${label(Date.now() - started)}`);
        draw();
        this.timer = setInterval(draw, 200);
        this.timer.unref();
    }
    /** Replaces the live line with a permanent one. */
    finish(line) {
        this.stop();
        this.write(`${this.tty ? '\r\x1b[2K' : ''}${line}\n`);
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
}

;// CONCATENATED MODULE: ./src/report/format.ts
/** A duration for people: "340 ms", "1.5 s", "12 s" (empty when unknown). */
function format_duration(ms) {
    if (ms === undefined)
        return '';
    if (ms >= 10_000)
        return `${(ms / 1000).toFixed(0)} s`;
    if (ms >= 1000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.max(0, Math.round(ms))} ms`;
}
/**
 * Which migrations a check did not apply and why, e.g. "not checked: V6__a.sql – V9__d.sql (4
 * migrations), because V5__x.sql failed to apply"; undefined when every one ran. Only a forward
 * failure stops check's chain, so the first failed migration is the reason.
 */
function notCheckedLine(migrations) {
    const base = (f) => f.slice(f.lastIndexOf('/') + 1);
    const skipped = migrations.filter((m) => m.kind !== 'seed' && m.applied === 'skipped');
    if (skipped.length === 0)
        return undefined;
    const failed = migrations.find((m) => m.applied === 'failed');
    const range = skipped.length === 1 ? base(skipped[0].file) : `${base(skipped[0].file)} – ${base(skipped[skipped.length - 1].file)} (${skipped.length} migrations)`;
    return `not checked: ${range}${failed ? `, because ${base(failed.file)} failed to apply` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/check.ts



const paint = (on) => (code, s) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
const check_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The displayed width of a string without colour codes. */
const width = (s) => [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)));
function fileName(m) {
    return m.kind === 'seed' ? m.file.split('/').slice(-2).join('/') : m.file.slice(m.file.lastIndexOf('/') + 1);
}
function formatCheckText(result, color) {
    const c = paint(color);
    const out = [];
    for (const f of result.findings) {
        const sev = f.severity === 'error' ? c('31', 'error') : c('33', 'warning');
        out.push(`${c('1', `${f.file}:${f.line}:${f.column}`)} ${sev} ${c('2', f.rule)} ${f.message}`);
        out.push(`    ${c('36', 'help:')} ${f.help}`);
    }
    if (result.findings.length)
        out.push('');
    if (result.migrations.length) {
        const reported = new Set(result.findings.filter((f) => f.rule === 'dangerous-lock').map((f) => f.file));
        const rows = result.migrations.map((m) => {
            const applied = m.applied === 'ok' ? `${c('32', '✓')} ${format_duration(m.durationMs)}` : m.applied === 'failed' ? `${c('31', '✗')} failed` : c('2', '– skipped');
            const rollback = m.rollback === 'verified'
                ? c('32', '✓ verified')
                : m.rollback === 'incomplete'
                    ? c('31', '✗ incomplete')
                    : m.rollback === 'failed'
                        ? c('31', '✗ failed')
                        : m.rollback === 'missing'
                            ? c('33', '– missing')
                            : c('2', '–');
            const dangerous = dangerousLocks(m);
            let locks = '';
            if (dangerous.length && reported.has(m.file)) {
                locks = c('33', `⚠ ${dangerous.map((l) => `${l.mode} on ${l.relation}`).join(', ')}`);
            }
            else if (dangerous.length) {
                locks = c('2', `${dangerous.map((l) => `${l.mode} on ${l.relation}`).join(', ')} (suppressed)`);
            }
            const rewritten = m.rewritten.length ? c('33', `rewrites ${m.rewritten.join(', ')}`) : '';
            return [fileName(m), applied, rollback, [locks, rewritten].filter(Boolean).join('; ')];
        });
        const header = ['Migration', 'Applied', 'Rollback', 'Locks'];
        const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
        const line = (cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i] + 2))).join('').trimEnd();
        out.push(c('1', line(header)));
        for (const r of rows)
            out.push(line(r));
        out.push('');
    }
    out.push(c('1', 'Schema changes') + c('2', ' (before the first new migration → after the last)'));
    if (result.schemaChanges.length === 0)
        out.push('  none');
    for (const l of result.schemaChanges)
        out.push(`  ${diffSign(l, c)} ${l.kind} ${l.name}${l.text ? c('2', `  ${l.text}`) : ''}`);
    if (!result.complete)
        out.push(c('33', `  (incomplete: ${notCheckedLine(result.migrations) ?? 'a failure stopped the migrations before the end'})`));
    out.push('');
    const pg = result.postgres;
    out.push(`PostgreSQL ${pg.version}${pg.label ? ` (${pg.label})` : ''}`);
    const s = result.summary;
    const applied = s.applied === s.migrations
        ? `${check_plural(s.migrations, 'migration')} applied`
        : `${s.applied} of ${check_plural(s.migrations, 'migration')} applied (${[s.failed && `${s.failed} failed`, s.skipped && `${s.skipped} not run`].filter(Boolean).join(', ') || 'the rest not run'})`;
    const ran = `${applied} to a scratch database, ${s.rollbacksVerified} rollback${s.rollbacksVerified === 1 ? '' : 's'} verified${s.rollbacksBroken ? ` (${s.rollbacksBroken} broken)` : ''}, in ${format_duration(s.durationMs)}`;
    if (result.findings.length === 0 && !result.complete) {
        // Every failure was suppressed, yet migrations were not applied: never "no problems".
        out.push(c('33', `⚠ no findings, but not every migration was checked (${notCheckedLine(result.migrations) ?? 'the chain stopped'}): ${ran}`));
    }
    else if (result.findings.length === 0)
        out.push(c('32', `✔ no problems: ${ran}`));
    else {
        const parts = [check_plural(s.errors, 'error'), check_plural(s.warnings, 'warning')];
        out.push(c(s.errors ? '31' : '33', `✖ ${check_plural(result.findings.length, 'problem')} (${parts.join(', ')}): ${ran}`));
    }
    return out.join('\n') + '\n';
}
function diffSign(l, c) {
    return l.change === 'added' ? c('32', '+') : l.change === 'dropped' ? c('31', '-') : c('33', '~');
}
/** `{findings, summary, migrations, schemaDiff, postgres}`: the machine-readable report. */
function formatCheckJson(result) {
    const { findings, summary, migrations, schemaDiff, schemaChanges, complete, postgres, disagreements } = result;
    const round = (n) => (n === undefined ? undefined : Math.round(n * 10) / 10);
    return (JSON.stringify({
        findings,
        summary: { ...summary, durationMs: round(summary.durationMs) },
        migrations: migrations.map((m) => ({
            ...m,
            durationMs: round(m.durationMs),
            rollbackDurationMs: round(m.rollbackDurationMs),
            locks: m.locks.map((l) => ({
                ...l,
                heldMs: round(l.heldMs),
                statement: { ...l.statement, durationMs: round(l.statement.durationMs) },
                heldWhile: l.heldWhile.map((h) => ({ ...h, durationMs: round(h.durationMs) })),
            })),
            slowest: m.slowest && { ...m.slowest, durationMs: round(m.slowest.durationMs) },
        })),
        schemaDiff: { ...schemaDiff, changes: schemaChanges, complete },
        postgres,
        disagreements,
    }, null, 2) + '\n');
}
/**
 * Progress of `check` on stderr: on a terminal one live line per step with its elapsed time,
 * otherwise a plain line per finished step.
 */
function checkProgressPrinter(write, tty) {
    const live = new LiveLine(write, tty);
    const label = (p) => (p.phase === 'engine' ? `starting ${p.file}` : `[${p.index}/${p.total}] ${p.phase} ${p.file}`);
    const onProgress = (p) => {
        // Off a terminal the engine's start gets a line of its own: PGlite can take seconds to start.
        if (p.phase === 'engine' && p.status === 'start' && !tty)
            write(`… ${label(p)}\n`);
        if (p.status === 'start')
            live.start((ms) => `… ${label(p)} ${(ms / 1000).toFixed(1)}s`);
        else
            live.finish(`${p.status === 'ok' ? '✔' : '✖'} ${label(p)} ${(p.elapsedMs / 1000).toFixed(2)}s`);
    };
    return { onProgress, stop: () => live.stop() };
}

;// CONCATENATED MODULE: ./src/lint/exit-code.ts
/**
 * The exit code for a set of findings, shared by the front ends (CLI and Action): 1 when a finding
 * is at or above `failOn`, else 0.
 */

function exitCodeFor(findings, failOn) {
    if (failOn === 'never')
        return EXIT_OK;
    const hit = findings.some((f) => f.severity === 'error' || failOn === 'warning');
    return hit ? EXIT_FINDINGS : EXIT_OK;
}

;// CONCATENATED MODULE: ./src/report/db.ts

const formatDbJson = (result) => JSON.stringify(result, null, 2) + '\n';
const db_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const secs = (ms) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);
function issueLines(issues) {
    return issues.map((i) => `${i.location ? `${i.location}: ` : ''}error ${i.code}: ${i.message}`);
}
function invalidIndexLines(list) {
    return list.map((i) => `warning: index ${i.schema}.${i.name} on ${i.table} is INVALID (left by a failed or running CONCURRENTLY build${i.createdBy ? ` of ${i.createdBy}` : ''}); remove it with: ${i.fix}`);
}
function failureLines(f, action) {
    const lines = [`${f.location}: ${f.sqlstate ? `${f.sqlstate} ` : ''}${f.message}`];
    if (f.detail)
        lines.push(`  detail: ${f.detail}`);
    if (f.hint)
        lines.push(`  hint: ${f.hint}`);
    for (const i of f.invalidIndexes ?? []) {
        lines.push(`  PostgreSQL left the index ${i.schema}.${i.name} on ${i.table} INVALID (never used, still updated); remove it with: ${i.fix}`);
    }
    const undo = `  Its version ${f.version ?? ''} is now recorded as failed: finish or undo the half-done rollback by hand, run \`migration-guard repair\` (the version is then pending), and migrate again.`;
    if (f.mode === 'no-transaction') {
        lines.push(`✖ ${action} ${f.script} failed outside a transaction after ${db_plural(f.committedStatements, 'statement')} had completed` +
            (f.recordedAsFailed ? '; it is recorded as failed (success = false) in the schema history.' : '.'));
        if (action === 'rollback' && f.recordedAsFailed)
            lines.push(undo);
        if (action === 'migration') {
            lines.push((f.invalidIndexes ?? []).length > 0 && f.committedStatements === 0
                ? '  The next migrate drops an invalid index of the same name before building it again; run `migration-guard repair`, then migrate again.'
                : '  Remove its half-applied changes, then run `migration-guard repair` and migrate again.');
        }
    }
    else if (f.recordedAsFailed) {
        lines.push(`✖ ${action} ${f.script} failed after ${db_plural(f.committedStatements, 'statement')} had committed; it is recorded as failed in the schema history.`);
        lines.push(action === 'rollback' ? undo : '  Remove its half-applied changes, then run `migration-guard repair` and migrate again.');
    }
    else {
        lines.push(`✖ ${action} ${f.script} failed; its transaction was rolled back and nothing of it was recorded.`);
    }
    return lines;
}
function header(database, history) {
    return `Database: ${database}\nSchema history: ${history}`;
}
function formatStatus(r) {
    const lines = [header(r.database, r.history) + (r.historyExists ? '' : ' (not created yet)')];
    lines.push(`Current version: ${r.currentVersion ?? '(empty)'}`, '');
    const rows = r.migrations.map((m) => [
        m.version ?? (m.kind === 'repeatable' ? 'R' : ''),
        m.description,
        m.state,
        m.checksum.state === 'n/a' ? '' : m.checksum.state,
        m.installedOn ? m.installedOn.replace('T', ' ').slice(0, 19) : '',
        m.executionTime !== undefined ? secs(m.executionTime) : '',
    ]);
    const head = ['Version', 'Description', 'State', 'Checksum', 'Installed on', 'Time'];
    const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const fmt = (row) => row.map((c, i) => c.padEnd(width[i])).join('  ').trimEnd();
    lines.push(fmt(head), fmt(width.map((w) => '-'.repeat(w))), ...rows.map(fmt));
    if (rows.length === 0)
        lines.push('(no migrations)');
    const counts = Object.entries(r.summary)
        .filter(([, n]) => n > 0)
        .map(([state, n]) => `${n} ${state}`);
    lines.push('', counts.length ? counts.join(', ') : 'nothing to report');
    if (r.issues.length)
        lines.push('', ...issueLines(r.issues));
    if (r.invalidIndexes.length)
        lines.push('', ...invalidIndexLines(r.invalidIndexes));
    if (r.runningPid !== undefined) {
        lines.push('', `note: a migration run holds the migration lock now (backend pid ${r.runningPid}): a failed row or an invalid index may belong to a migration still running`);
    }
    return lines.join('\n') + '\n';
}
function formatValidate(r) {
    const lines = [header(r.database, r.history)];
    lines.push(...issueLines(r.issues));
    lines.push(...invalidIndexLines(r.invalidIndexes.filter((i) => !i.createdBy)));
    if (r.pending.length)
        lines.push(`${db_plural(r.pending.length, 'migration')} pending: ${r.pending.join(', ')}`);
    lines.push(r.ok ? '✔ the applied migrations match the files' : `✖ validation failed: ${db_plural(r.issues.length, 'problem')}`);
    return lines.join('\n') + '\n';
}
function formatMigrate(r) {
    const lines = [header(r.database, r.history) + (r.createdHistory ? ' (created)' : '')];
    if (r.baselined)
        lines.push(`Baselined the existing schema at version ${r.baselined}`);
    for (const a of r.applied) {
        lines.push(`  applied ${a.script} (${secs(a.executionTime)}${a.mode === 'transaction' ? '' : `, ${a.mode}`}${a.retries ? `, after ${a.retries} ${a.retries === 1 ? 'retry' : 'retries'} on lock timeout` : ''})`);
        for (const l of a.dangerousLocks ?? []) {
            lines.push(`    ⚠ ${l.mode} on ${l.relation} (blocks ${l.blocks}) from line ${l.statement.line}, held ${secs(l.heldMs)} while ${db_plural(l.heldWhile.length, 'more statement')} ran`);
        }
    }
    for (const w of r.warnings)
        lines.push(`warning: ${w}`);
    for (const a of r.applied)
        for (const n of a.notes ?? [])
            lines.push(`note: ${a.script}: ${n}`);
    if (r.issues.length) {
        lines.push(...issueLines(r.issues), `✖ nothing applied: ${db_plural(r.issues.length, 'problem')} to fix first`);
    }
    else if (r.failure) {
        lines.push(...failureLines(r.failure, 'migration'));
        lines.push(`Schema is at version ${r.currentVersion ?? '(none)'}; ${db_plural(r.applied.length, 'migration')} applied before the failure.`);
    }
    else if (r.applied.length === 0) {
        lines.push(`✔ schema is up to date at version ${r.currentVersion ?? '(none)'}`);
    }
    else {
        const total = r.applied.reduce((n, a) => n + a.executionTime, 0);
        lines.push(`✔ applied ${db_plural(r.applied.length, 'migration')} in ${secs(total)}; schema now at version ${r.currentVersion ?? '(none)'}`);
    }
    return lines.join('\n') + '\n';
}
function formatRollback(r) {
    const lines = [header(r.database, r.history)];
    for (const b of r.rolledBack)
        lines.push(`  rolled back ${b.version} ${b.description} with ${b.rollbackScript} (${secs(b.executionTime)})`);
    if (r.issues.length)
        lines.push(...issueLines(r.issues), '✖ nothing rolled back');
    else if (r.failure)
        lines.push(...failureLines(r.failure, 'rollback'));
    else if (r.rolledBack.length === 0)
        lines.push(`✔ nothing to roll back${r.target ? ` above version ${r.target}` : ''}`);
    else
        lines.push(`✔ rolled back ${db_plural(r.rolledBack.length, 'version')}; schema now at version ${r.currentVersion ?? '(none)'}`);
    return lines.join('\n') + '\n';
}
function formatRepair(r) {
    const lines = [header(r.database, r.history)];
    for (const x of r.removed)
        lines.push(`  removed failed row ${x.version ?? 'R'} ${x.description} (${x.script})`);
    lines.push(r.removed.length ? `✔ removed ${db_plural(r.removed.length, 'failed row')}` : '✔ no failed migrations to repair');
    return lines.join('\n') + '\n';
}
function formatReset(r) {
    return `Dropped everything in schema "${r.schema}".\n${formatMigrate(r.migrate)}`;
}
function formatCreate(r) {
    return `created ${r.migration}\ncreated ${r.rollback}\n`;
}
/** Progress on stderr: a live line with elapsed time on a terminal, plain lines otherwise. */
/** One wait between connection attempts (connectRetries), e.g. "connecting to … failed (ECONNREFUSED); retry 2 of 3 in 2.0 s". */
function formatConnectRetry(attempt, of, delayMs, message) {
    return `${message}; retry ${attempt} of ${of} in ${secs(delayMs)}\n`;
}
function progressPrinter(write, tty) {
    const live = new LiveLine(write, tty);
    const verb = (a) => (a === 'migrate' ? 'applying' : 'rolling back');
    const onProgress = (e) => {
        switch (e.type) {
            case 'lock-wait':
                write(`waiting for another migration run to finish${e.holderPid ? ` (backend pid ${e.holderPid} holds the lock)` : ''}…\n`);
                return;
            case 'concurrent': {
                if (tty)
                    write('\n');
                const what = e.blockers.length
                    ? `waiting for backend${e.blockers.length > 1 ? 's' : ''} ${e.blockers.join(', ')}${e.phase ? ` (${e.phase})` : ''}`
                    : (e.phase ?? e.waitEvent ?? 'running');
                const blocks = e.blocksTotal ? `, ${Math.round(((e.blocksDone ?? 0) / e.blocksTotal) * 100)} % of blocks` : '';
                write(`${e.path}:${e.line}: CONCURRENTLY statement ${what}${blocks}, ${secs(e.elapsedMs)} so far (no lock_timeout: it does not block reads or writes)\n`);
                return;
            }
            case 'invalid-index-dropped':
                if (tty)
                    write('\n');
                write(`${e.script}: dropped the invalid index ${e.index} left by an earlier failed build; building it again\n`);
                return;
            case 'retry':
                if (tty)
                    write('\n');
                write(`${e.script}: ${e.message}; retry ${e.attempt} in ${secs(e.delayMs)}\n`);
                return;
            case 'start':
                if (!tty)
                    write(`${verb(e.action)} ${e.path}\n`);
                else
                    live.start((ms) => `… ${verb(e.action)} ${e.path} ${secs(ms)}`);
                return;
            case 'done':
            case 'failed': {
                const mark = e.type === 'done' ? '✔' : '✖';
                const slow = e.type === 'done' && e.slow ? ' (slow)' : '';
                live.finish(`${mark} ${e.path} ${secs(e.ms)}${slow}`);
                return;
            }
        }
    };
    return { onProgress, stop: () => live.stop() };
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** `{"findings": [...], "summary": {...}}`: the machine-readable report. */
function formatJson(findings, summary) {
    return JSON.stringify({ findings, summary }, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/text.ts
const text_paint = (on) => (code, s) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
function formatText(findings, summary, color) {
    const c = text_paint(color);
    const lines = [];
    for (const f of findings) {
        const sev = f.severity === 'error' ? c('31', 'error') : c('33', 'warning');
        lines.push(`${c('1', `${f.file}:${f.line}:${f.column}`)} ${sev} ${c('2', f.rule)} ${f.message}`);
        lines.push(`    ${c('36', 'help:')} ${f.help}`);
    }
    const checked = `${summary.migrations} migration${summary.migrations === 1 ? '' : 's'} (${summary.files} file${summary.files === 1 ? '' : 's'})`;
    if (findings.length === 0) {
        lines.push(c('32', `✔ no problems in ${checked}`));
    }
    else {
        if (lines.length)
            lines.push('');
        const parts = [`${summary.errors} error${summary.errors === 1 ? '' : 's'}`, `${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`];
        lines.push(c(summary.errors ? '31' : '33', `✖ ${findings.length} problem${findings.length === 1 ? '' : 's'} (${parts.join(', ')}) in ${checked}`));
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * argv → command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/input
 * errors (one clear line on stderr, never a stack trace unless MIGRATION_GUARD_DEBUG is set).
 */
















const USAGE = `Usage: migration-guard <command> [options]

Commands:
  lint [PATH…]     Check migrations against the checklist (default PATH: the configured
                   migrations directory, "migrations")
  check [PATH…]    lint, then apply every migration to a scratch database (embedded PGlite,
                   or a temporary database next to --database-url), verify each new
                   migration's rollback (up → down → up), trace its locks and diff the schema
  rules            List the rules with their default severity
  status [DIR]     Each migration's state in the database: applied, pending, failed,
                   missing, outdated, checksum match
  migrate [DIR]    Apply pending migrations (Flyway-compatible schema history)
  validate [DIR]   Check applied migrations against the files (checksums, names,
                   missing files, failed runs, out-of-order versions)
  create --name N  New migration with the next version, plus its rollback file
  rollback [DIR]   Undo the newest applied version (--to VERSION: every one above it)
                   with its rollback file
  repair [DIR]     Remove failed runs from the schema history (after cleaning up by hand)
  reset [DIR]      Drop everything in the schema and migrate again (development only)
  help             Show this help

Options for lint:
  --base REF              Compare with a git ref (the PR's target branch) to know which
                          migrations are new, modified or deleted
  --format text|json      Output format (default text)
  --config FILE           Config file (default: migration-guard.yml if present)
  --environment NAME      Environment for placeholders and per-environment config
  --placeholder NAME=VAL  Set a placeholder value (repeatable)
  --fail-on LEVEL         error (default), warning or never: when to exit with 1
  --color / --no-color    Force colours on or off (default: on for a terminal)

Options for check: those of lint, and
  --database-url URL      a server to create the temporary database on (default: embedded
                          PGlite; $DATABASE_URL is never used by check)

Options for the database commands:
  --database-url URL      postgres://user:password@host:5432/db (default: $DATABASE_URL), or
                          pglite:DIR for an embedded database kept in DIR
  --format text|json      Output format (default text); progress goes to stderr
  --config FILE, --environment NAME, --placeholder NAME=VAL   as for lint
  --trace-locks           migrate: report locks that blocked reads or writes while
                          further statements ran (reads pg_locks after each statement)
  --to VERSION            rollback: undo every applied version above VERSION
  --force-production      rollback: allow it on an environment marked production
  --name NAME             create: the description, [a-z0-9_]

Exit codes: 0 ok; 1 lint findings at or above --fail-on, or migrations that fail to
apply or validate; 2 usage, config or connection error.
`;
const LINT_OPTIONS = {
    base: { type: 'string' },
    format: { type: 'string' },
    config: { type: 'string' },
    environment: { type: 'string' },
    placeholder: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
function choice(value, name, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value)) {
        throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    }
    return value;
}
function parse(argv, options) {
    try {
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
        return { values: values, positionals };
    }
    catch (e) {
        throw new UsageError(e.message.replace(/\. To specify a positional argument.*$/s, ''));
    }
}
async function lintCommand(argv, io) {
    const { values, positionals } = parse(argv, LINT_OPTIONS);
    if (values['help']) {
        io.stdout(USAGE);
        return EXIT_OK;
    }
    const format = choice(values['format'], 'format', ['text', 'json'], 'text');
    const failOn = choice(values['fail-on'], 'fail-on', ['error', 'warning', 'never'], 'error');
    const result = await runLint(lintRequest(values, positionals, io));
    if (format === 'json')
        io.stdout(formatJson(result.findings, result.summary));
    else
        io.stdout(formatText(result.findings, result.summary, useColor(values, io)));
    return exitCodeFor(result.findings, failOn);
}
async function checkCommand(argv, io) {
    const { values, positionals } = parse(argv, { ...LINT_OPTIONS, 'database-url': { type: 'string' } });
    if (values['help']) {
        io.stdout(USAGE);
        return EXIT_OK;
    }
    const format = choice(values['format'], 'format', ['text', 'json'], 'text');
    const failOn = choice(values['fail-on'], 'fail-on', ['error', 'warning', 'never'], 'error');
    const progress = checkProgressPrinter(io.stderr, io.isTTY);
    try {
        const result = await runCheck({
            ...lintRequest(values, positionals, io),
            databaseUrl: values['database-url'],
            onProgress: progress.onProgress,
            onConnectRetry: (...retry) => io.stderr(formatConnectRetry(...retry)),
        });
        progress.stop();
        if (format === 'json')
            io.stdout(formatCheckJson(result));
        else
            io.stdout(formatCheckText(result, useColor(values, io)));
        return exitCodeFor(result.findings, failOn);
    }
    finally {
        progress.stop();
    }
}
/** The options lint and check share, as a request. */
function lintRequest(values, positionals, io) {
    return {
        cwd: io.cwd,
        paths: positionals,
        base: values['base'],
        configPath: values['config'],
        environment: values['environment'],
        placeholders: placeholderValues(values),
        workers: workersFromEnv(io.env),
    };
}
/** MIGRATION_GUARD_WORKERS: parser worker threads; unset, empty or 0: parse in-process. */
function workersFromEnv(env) {
    const raw = env['MIGRATION_GUARD_WORKERS']?.trim();
    if (!raw)
        return undefined;
    if (!/^\d{1,2}$/.test(raw))
        throw new UsageError(`MIGRATION_GUARD_WORKERS must be a whole number from 0 to 99 (got "${raw}")`);
    return Number(raw);
}
/** --color / --no-color, else colour on a terminal unless NO_COLOR is set or TERM is dumb. */
function useColor(values, io) {
    if (values['no-color'])
        return false;
    if (values['color'])
        return true;
    return io.isTTY && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
}
function placeholderValues(values) {
    const placeholders = {};
    for (const p of values['placeholder'] ?? []) {
        const eq = p.indexOf('=');
        if (eq <= 0)
            throw new UsageError(`--placeholder takes NAME=VALUE (got "${p}")`);
        placeholders[p.slice(0, eq)] = p.slice(eq + 1);
    }
    return placeholders;
}
const DB_OPTIONS = {
    'database-url': { type: 'string' },
    format: { type: 'string' },
    config: { type: 'string' },
    environment: { type: 'string' },
    placeholder: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
};
/** status, migrate, validate, rollback, repair, reset and create. */
async function dbCommand(command, argv, io) {
    const extra = command === 'rollback'
        ? { to: { type: 'string' }, 'force-production': { type: 'boolean' } }
        : command === 'create'
            ? { name: { type: 'string' } }
            : command === 'migrate'
                ? { 'trace-locks': { type: 'boolean' } }
                : {};
    const { values, positionals } = parse(argv, { ...DB_OPTIONS, ...extra });
    if (values['help']) {
        io.stdout(USAGE);
        return EXIT_OK;
    }
    if (positionals.length > 1)
        throw new UsageError(`${command} takes at most one migrations directory`);
    const format = choice(values['format'], 'format', ['text', 'json'], 'text');
    const print = (result, text) => io.stdout(format === 'json' ? formatDbJson(result) : text);
    const base = {
        cwd: io.cwd,
        paths: positionals,
        configPath: values['config'],
        environment: values['environment'],
        placeholders: placeholderValues(values),
    };
    if (command === 'create') {
        if (values['database-url'] !== undefined)
            throw new UsageError('create does not use a database');
        const r = await runCreate({ ...base, name: values['name'] });
        print(r, formatCreate(r));
        return EXIT_OK;
    }
    const progress = progressPrinter(io.stderr, io.isTTY);
    const req = {
        ...base,
        databaseUrl: values['database-url'],
        env: io.env,
        onProgress: progress.onProgress,
        // As Flyway does: one line per wait while connectRetries lasts.
        onConnectRetry: (...retry) => io.stderr(formatConnectRetry(...retry)),
    };
    try {
        switch (command) {
            case 'status': {
                const r = await runStatus(req);
                print(r, formatStatus(r));
                return EXIT_OK;
            }
            case 'validate': {
                const r = await runValidate(req);
                print(r, formatValidate(r));
                return r.ok ? EXIT_OK : EXIT_FINDINGS;
            }
            case 'migrate': {
                const r = await runMigrate({ ...req, runner: { traceLocks: values['trace-locks'] === true } });
                print(r, formatMigrate(r));
                return r.ok ? EXIT_OK : EXIT_FINDINGS;
            }
            case 'rollback': {
                const r = await runRollback({ ...req, to: values['to'], forceProduction: values['force-production'] === true });
                print(r, formatRollback(r));
                return r.ok ? EXIT_OK : EXIT_FINDINGS;
            }
            case 'repair': {
                const r = await runRepair(req);
                print(r, formatRepair(r));
                return EXIT_OK;
            }
            case 'reset': {
                const r = await runReset(req);
                print(r, formatReset(r));
                return r.ok ? EXIT_OK : EXIT_FINDINGS;
            }
        }
    }
    finally {
        progress.stop();
    }
}
function rulesCommand(argv, io) {
    const { values } = parse(argv, { format: { type: 'string' } });
    const format = choice(values['format'], 'format', ['text', 'json'], 'text');
    const list = [
        ...rules.map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: r.meta.description })),
        { id: SUPPRESSION_RULE, severity: 'warning', description: 'A suppression comment without a reason, or naming an unknown rule.' },
        ...CHECK_RULES.map((r) => ({ id: r.id, severity: r.severity, description: `${r.description} (check)` })),
    ];
    if (format === 'json')
        io.stdout(JSON.stringify(list, null, 2) + '\n');
    else {
        const width = Math.max(...list.map((r) => r.id.length));
        for (const r of list)
            io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
    }
    return EXIT_OK;
}
async function main(argv, io) {
    try {
        const [command, ...rest] = argv;
        switch (command) {
            case 'lint':
                return await lintCommand(rest, io);
            case 'rules':
                return rulesCommand(rest, io);
            case 'check':
                return await checkCommand(rest, io);
            case 'status':
            case 'migrate':
            case 'validate':
            case 'create':
            case 'rollback':
            case 'repair':
            case 'reset':
                return await dbCommand(command, rest, io);
            case 'help':
            case '--help':
            case '-h':
                io.stdout(USAGE);
                return EXIT_OK;
            case '--version':
            case '-V':
                io.stdout(`${package_namespaceObject.rE}\n`);
                return EXIT_OK;
            case undefined:
                io.stderr(USAGE);
                return EXIT_ERROR;
            default:
                throw new UsageError(`unknown command "${command}" (run \`migration-guard help\`)`);
        }
    }
    catch (e) {
        if (e instanceof UsageError || e instanceof ConfigError) {
            io.stderr(`migration-guard: error: ${maskSecrets(e.message)}\n`);
            return EXIT_ERROR;
        }
        const message = maskSecrets(e instanceof Error ? e.message : String(e));
        io.stderr(`migration-guard: internal error: ${message}\n`);
        if (io.env['MIGRATION_GUARD_DEBUG'] && e instanceof Error && e.stack)
            io.stderr(`${e.stack}\n`);
        else
            io.stderr('Set MIGRATION_GUARD_DEBUG=1 for details, and please report this.\n');
        return EXIT_ERROR;
    }
}


/***/ }),

/***/ 8476:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ installInterruptHandlers),
/* harmony export */   n: () => (/* binding */ onInterrupt)
/* harmony export */ });
/**
 * Clean-up on SIGINT (Ctrl-C) and SIGTERM (what a runner sends to a cancelled CI job): the
 * scratch databases `check` creates on a server are dropped on every exit path, not left behind.
 * I/O at the edge: the CLI and the Action install the handlers; openScratch registers its task.
 */
const tasks = new Set();
/** Runs `task` if the process is interrupted; returns the function that unregisters it. */
function onInterrupt(task) {
    tasks.add(task);
    return () => tasks.delete(task);
}
/**
 * On SIGINT / SIGTERM: runs every registered task (each given at most `timeoutMs`), writes one
 * line, and exits with 128 + the signal number (130, 143), as a shell reports it.
 */
function installInterruptHandlers(write, timeoutMs = 10_000) {
    let stopping = false;
    for (const [signal, code] of [
        ['SIGINT', 130],
        ['SIGTERM', 143],
    ]) {
        process.on(signal, () => {
            if (stopping)
                return;
            stopping = true;
            const all = [...tasks].map((t) => Promise.race([t().catch(() => undefined), new Promise((r) => setTimeout(r, timeoutMs))]));
            void Promise.allSettled(all).then(() => {
                write(`migration-guard: interrupted (${signal}); scratch databases dropped\n`);
                process.exit(code);
            });
        });
    }
}


/***/ }),

/***/ 5447:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * In the ncc bundle, libpg-query's Emscripten loader looks for libpg-query.wasm next to
 * `__dirname`, which ES modules do not define. Point it at the bundle's directory, where the
 * build copies the .wasm. Must be imported before anything that loads libpg-query.
 */


const g = globalThis;
g.__dirname ??= (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9786:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/promises");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 2627:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/**
 * DO NOT MODIFY MANUALLY — this is generated from the templates dir
 *
 * To make changes, edit the files in the templates/ directory and run:
 * npm run copy:templates
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scan = exports.normalize = exports.fingerprint = exports.parsePlPgSQL = exports.parse = exports.SqlError = void 0;
exports.hasSqlDetails = hasSqlDetails;
exports.formatSqlError = formatSqlError;
exports.loadModule = loadModule;
exports.parseSync = parseSync;
exports.parsePlPgSQLSync = parsePlPgSQLSync;
exports.fingerprintSync = fingerprintSync;
exports.normalizeSync = normalizeSync;
exports.scanSync = scanSync;
__exportStar(__nccwpck_require__(9461), exports);
class SqlError extends Error {
    sqlDetails;
    constructor(message, details) {
        super(message);
        this.name = 'SqlError';
        this.sqlDetails = details;
    }
}
exports.SqlError = SqlError;
function hasSqlDetails(error) {
    return error instanceof SqlError && error.sqlDetails !== undefined;
}
function formatSqlError(error, query, options = {}) {
    const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
    const lines = [];
    // ANSI color codes
    const red = color ? '\x1b[31m' : '';
    const yellow = color ? '\x1b[33m' : '';
    const reset = color ? '\x1b[0m' : '';
    // Add error message
    lines.push(`${red}Error: ${error.message}${reset}`);
    // Add SQL details if available
    if (error.sqlDetails) {
        const { cursorPosition, fileName, functionName, lineNumber } = error.sqlDetails;
        if (cursorPosition !== undefined && cursorPosition >= 0) {
            lines.push(`Position: ${cursorPosition}`);
        }
        if (fileName || functionName || lineNumber) {
            const details = [];
            if (fileName)
                details.push(`file: ${fileName}`);
            if (functionName)
                details.push(`function: ${functionName}`);
            if (lineNumber)
                details.push(`line: ${lineNumber}`);
            lines.push(`Source: ${details.join(', ')}`);
        }
        // Show query with position marker
        if (showQuery && showPosition && cursorPosition !== undefined && cursorPosition >= 0) {
            let displayQuery = query;
            let adjustedPosition = cursorPosition;
            // Truncate if needed
            if (maxQueryLength && query.length > maxQueryLength) {
                const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
                const end = Math.min(query.length, start + maxQueryLength);
                displayQuery = (start > 0 ? '...' : '') +
                    query.substring(start, end) +
                    (end < query.length ? '...' : '');
                // Adjust cursor position for truncation
                adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
            }
            lines.push(displayQuery);
            lines.push(' '.repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
    }
    else if (showQuery) {
        // No SQL details, just show the query if requested
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
            displayQuery = query.substring(0, maxQueryLength) + '...';
        }
        lines.push(`Query: ${displayQuery}`);
    }
    return lines.join('\n');
}
// @ts-ignore
const libpg_query_js_1 = __importDefault(__nccwpck_require__(3995));
let wasmModule;
const initPromise = (0, libpg_query_js_1.default)().then((module) => {
    wasmModule = module;
});
function ensureLoaded() {
    if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
}
async function loadModule() {
    if (!wasmModule) {
        await initPromise;
    }
}
function awaitInit(fn) {
    return (async (...args) => {
        await initPromise;
        return fn(...args);
    });
}
function stringToPtr(str) {
    ensureLoaded();
    if (typeof str !== 'string') {
        throw new TypeError(`Expected a string, got ${typeof str}`);
    }
    const len = wasmModule.lengthBytesUTF8(str) + 1;
    const ptr = wasmModule._malloc(len);
    try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
    }
    catch (error) {
        wasmModule._free(ptr);
        throw error;
    }
}
function ptrToString(ptr) {
    ensureLoaded();
    if (typeof ptr !== 'number') {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
    }
    return wasmModule.UTF8ToString(ptr);
}
exports.parse = awaitInit(async (query) => {
    // Input validation
    if (query === null || query === undefined) {
        throw new Error('Query cannot be null or undefined');
    }
    if (query === '') {
        throw new Error('Query cannot be empty');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
            throw new Error('Failed to parse query: memory allocation failed');
        }
        // Read the PgQueryParseResult struct
        const parseTreePtr = wasmModule.getValue(resultPtr, 'i32');
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, 'i32');
        const errorPtr = wasmModule.getValue(resultPtr + 8, 'i32');
        if (errorPtr) {
            // Read PgQueryError struct
            const messagePtr = wasmModule.getValue(errorPtr, 'i32');
            const funcnamePtr = wasmModule.getValue(errorPtr + 4, 'i32');
            const filenamePtr = wasmModule.getValue(errorPtr + 8, 'i32');
            const lineno = wasmModule.getValue(errorPtr + 12, 'i32');
            const cursorpos = wasmModule.getValue(errorPtr + 16, 'i32');
            const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : 'Unknown error';
            const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : undefined;
            const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : undefined;
            throw new SqlError(message, {
                message,
                cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0, // Convert to 0-based
                fileName: filename,
                functionName: funcname,
                lineNumber: lineno > 0 ? lineno : undefined
            });
        }
        if (!parseTreePtr) {
            throw new Error('No parse tree generated');
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_parse_result(resultPtr);
        }
    }
});
exports.parsePlPgSQL = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        // Success is always a JSON object; anything else is an error message
        if (!resultStr.startsWith('{')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
exports.fingerprint = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
exports.normalize = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
// Sync versions
function parseSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    // Input validation
    if (query === null || query === undefined) {
        throw new Error('Query cannot be null or undefined');
    }
    if (query === '') {
        throw new Error('Query cannot be empty');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
            throw new Error('Failed to parse query: memory allocation failed');
        }
        // Read the PgQueryParseResult struct
        const parseTreePtr = wasmModule.getValue(resultPtr, 'i32');
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, 'i32');
        const errorPtr = wasmModule.getValue(resultPtr + 8, 'i32');
        if (errorPtr) {
            // Read PgQueryError struct
            const messagePtr = wasmModule.getValue(errorPtr, 'i32');
            const funcnamePtr = wasmModule.getValue(errorPtr + 4, 'i32');
            const filenamePtr = wasmModule.getValue(errorPtr + 8, 'i32');
            const lineno = wasmModule.getValue(errorPtr + 12, 'i32');
            const cursorpos = wasmModule.getValue(errorPtr + 16, 'i32');
            const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : 'Unknown error';
            const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : undefined;
            const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : undefined;
            throw new SqlError(message, {
                message,
                cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0, // Convert to 0-based
                fileName: filename,
                functionName: funcname,
                lineNumber: lineno > 0 ? lineno : undefined
            });
        }
        if (!parseTreePtr) {
            throw new Error('No parse tree generated');
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_parse_result(resultPtr);
        }
    }
}
function parsePlPgSQLSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        // Success is always a JSON object; anything else is an error message
        if (!resultStr.startsWith('{')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
function fingerprintSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
function normalizeSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
exports.scan = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
function scanSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
