import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 995:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var PgQueryModule=(()=>{var _scriptName=globalThis.document?.currentScript?.src;return async function(moduleArg={}){var Module=moduleArg;var ENVIRONMENT_IS_WEB=!!globalThis.window;var ENVIRONMENT_IS_WORKER=!!globalThis.WorkerGlobalScope;var ENVIRONMENT_IS_NODE=globalThis.process?.versions?.node&&globalThis.process?.type!="renderer";var programArgs=[];var thisProgram="./this.program";var quit_=(status,toThrow)=>{throw toThrow};if(typeof __filename!="undefined"){_scriptName=__filename}else if(ENVIRONMENT_IS_WORKER){_scriptName=self.location.href}var scriptDirectory="";function locateFile(path){if(Module["locateFile"]){return Module["locateFile"](path,scriptDirectory)}return scriptDirectory+path}var readAsync,readBinary;if(ENVIRONMENT_IS_NODE){var fs=__nccwpck_require__(24);scriptDirectory=__dirname+"/";readBinary=filename=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename);return ret};readAsync=async(filename,binary=true)=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename,binary?undefined:"utf8");return ret};if(process.argv.length>1){thisProgram=process.argv[1].replace(/\\/g,"/")}programArgs=process.argv.slice(2);quit_=(status,toThrow)=>{process.exitCode=status;throw toThrow}}else if(ENVIRONMENT_IS_WEB||ENVIRONMENT_IS_WORKER){try{scriptDirectory=new URL(".",_scriptName).href}catch{}{if(ENVIRONMENT_IS_WORKER){readBinary=url=>{var xhr=new XMLHttpRequest;xhr.open("GET",url,false);xhr.responseType="arraybuffer";xhr.send(null);return new Uint8Array(xhr.response)}}readAsync=async url=>{var response=await fetch(url,{credentials:"same-origin"});if(response.ok){return response.arrayBuffer()}throw new Error(response.status+" : "+response.url)}}}else{}var out=console.log.bind(console);var err=console.error.bind(console);var wasmBinary;var ABORT=false;var EXITSTATUS;var isFileURI=filename=>filename.startsWith("file://");class EmscriptenEH{}class EmscriptenSjLj extends EmscriptenEH{}var runtimeInitialized=false;function getMemoryBuffer(){return wasmMemory.buffer}function updateMemoryViews(){if(HEAP8?.buffer?.resizable)return;var b=getMemoryBuffer();HEAP8=new Int8Array(b);HEAP16=new Int16Array(b);Module["HEAPU8"]=HEAPU8=new Uint8Array(b);HEAPU16=new Uint16Array(b);HEAP32=new Int32Array(b);Module["HEAPU32"]=HEAPU32=new Uint32Array(b);HEAPF32=new Float32Array(b);HEAPF64=new Float64Array(b);HEAP64=new BigInt64Array(b);HEAPU64=new BigUint64Array(b)}function preRun(){var preRun=Module["preRun"];if(preRun){if(typeof preRun=="function")preRun=[preRun];onPreRuns.push(...preRun)}callRuntimeCallbacks(onPreRuns)}function initRuntime(){runtimeInitialized=true;if(!Module["noFSInit"]&&!FS.initialized)FS.init();TTY.init();wasmExports["A"]();FS.ignorePermissions=false}function postRun(){var postRun=Module["postRun"];if(postRun){if(typeof postRun=="function")postRun=[postRun];onPostRuns.push(...postRun)}callRuntimeCallbacks(onPostRuns)}function abort(what){Module["onAbort"]?.(what);what=`Aborted(${what})`;err(what);ABORT=true;what+=". Build with -sASSERTIONS for more info.";var e=new WebAssembly.RuntimeError(what);throw e}var wasmBinaryFile;function findWasmBinary(){return locateFile("libpg-query.wasm")}function getBinarySync(file){if(readBinary){return readBinary(file)}throw"both async and sync fetching of the wasm failed"}async function getWasmBinary(binaryFile){if(!wasmBinary){try{var response=await readAsync(binaryFile);return new Uint8Array(response)}catch{}}return getBinarySync(binaryFile)}async function instantiateArrayBuffer(binaryFile,imports){try{var binary=await getWasmBinary(binaryFile);var instance=await WebAssembly.instantiate(binary,imports);return instance}catch(reason){err(`failed to asynchronously prepare wasm: ${reason}`);abort(reason)}}async function instantiateAsync(binary,binaryFile,imports){if(!binary&&!ENVIRONMENT_IS_NODE){try{var response=fetch(binaryFile,{credentials:"same-origin"});var instantiationResult=await WebAssembly.instantiateStreaming(response,imports);return instantiationResult}catch(reason){err(`wasm streaming compile failed: ${reason}`);err("falling back to ArrayBuffer instantiation")}}return instantiateArrayBuffer(binaryFile,imports)}function getWasmImports(){var imports={a:wasmImports};return imports}async function createWasm(){function receiveInstance(instance){wasmExports=instance.exports;assignWasmExports(wasmExports);updateMemoryViews();return wasmExports}function receiveInstantiationResult(result){return receiveInstance(result["instance"])}var info=getWasmImports();var instantiateWasm=Module["instantiateWasm"];if(instantiateWasm){return new Promise(resolve=>{instantiateWasm(info,inst=>resolve(receiveInstance(inst)))})}wasmBinaryFile??=findWasmBinary();var result=await instantiateAsync(wasmBinary,wasmBinaryFile,info);var exports=receiveInstantiationResult(result);return exports}class ExitStatus{name="ExitStatus";constructor(status){this.message=`Program terminated with exit(${status})`;this.status=status}}var HEAP16;var HEAP32;var HEAP64;var HEAP8;var HEAPF32;var HEAPF64;var HEAPU16;var HEAPU32;var HEAPU64;var HEAPU8;var callRuntimeCallbacks=callbacks=>{while(callbacks.length>0){callbacks.shift()(Module)}};var onPostRuns=[];var onPreRuns=[];function getValue(ptr,type="i8"){if(type.endsWith("*"))type="*";switch(type){case"i1":return HEAP8[ptr];case"i8":return HEAP8[ptr];case"i16":return HEAP16[ptr>>1];case"i32":return HEAP32[ptr>>2];case"i64":return HEAP64[ptr>>3];case"float":return HEAPF32[ptr>>2];case"double":return HEAPF64[ptr>>3];case"*":return HEAPU32[ptr>>2];default:abort(`invalid type for getValue: ${type}`)}}var noExitRuntime=true;var stackRestore=val=>__emscripten_stack_restore(val);var stackSave=()=>_emscripten_stack_get_current();var UTF8Decoder=globalThis.TextDecoder&&new TextDecoder;var findStringEnd=(heapOrArray,idx,maxBytesToRead,ignoreNul)=>{var maxIdx=idx+maxBytesToRead;if(ignoreNul)return maxIdx;while(heapOrArray[idx]&&!(idx>=maxIdx))++idx;return idx};var UTF8ArrayToString=(heapOrArray,idx=0,maxBytesToRead,ignoreNul)=>{var endPtr=findStringEnd(heapOrArray,idx,maxBytesToRead,ignoreNul);if(endPtr-idx>16&&heapOrArray.buffer&&UTF8Decoder){return UTF8Decoder.decode(heapOrArray.subarray(idx,endPtr))}var str="";while(idx<endPtr){var u0=heapOrArray[idx++];if(!(u0&128)){str+=String.fromCharCode(u0);continue}var u1=heapOrArray[idx++]&63;if((u0&224)==192){str+=String.fromCharCode((u0&31)<<6|u1);continue}var u2=heapOrArray[idx++]&63;if((u0&240)==224){u0=(u0&15)<<12|u1<<6|u2}else{u0=(u0&7)<<18|u1<<12|u2<<6|heapOrArray[idx++]&63}if(u0<65536){str+=String.fromCharCode(u0)}else{var ch=u0-65536;str+=String.fromCharCode(55296|ch>>10,56320|ch&1023)}}return str};var UTF8ToString=(ptr,maxBytesToRead,ignoreNul)=>ptr?UTF8ArrayToString(HEAPU8,ptr,maxBytesToRead,ignoreNul):"";var ___assert_fail=(condition,filename,line,func)=>abort(`Assertion failed: ${UTF8ToString(condition)}, at: `+[filename?UTF8ToString(filename):"unknown filename",line,func?UTF8ToString(func):"unknown function"]);var __abort_js=()=>abort("");var runtimeKeepaliveCounter=0;var __emscripten_runtime_keepalive_clear=()=>{noExitRuntime=false;runtimeKeepaliveCounter=0};var __emscripten_throw_longjmp=()=>{throw new EmscriptenSjLj};var timers={};var handleException=e=>{if(e instanceof ExitStatus||e=="unwind"){return EXITSTATUS}quit_(1,e)};var keepRuntimeAlive=()=>noExitRuntime||runtimeKeepaliveCounter>0;var _proc_exit=code=>{EXITSTATUS=code;if(!keepRuntimeAlive()){Module["onExit"]?.(code);ABORT=true}quit_(code,new ExitStatus(code))};var exitJS=(status,implicit)=>{EXITSTATUS=status;_proc_exit(status)};var _exit=exitJS;var maybeExit=()=>{if(!keepRuntimeAlive()){try{_exit(EXITSTATUS)}catch(e){handleException(e)}}};var callUserCallback=func=>{if(ABORT){return}try{return func()}catch(e){handleException(e)}finally{maybeExit()}};var _emscripten_get_now=()=>performance.now();var __setitimer_js=(which,timeout_ms)=>{if(timers[which]){clearTimeout(timers[which].id);delete timers[which]}if(!timeout_ms)return 0;var id=setTimeout(()=>{delete timers[which];callUserCallback(()=>__emscripten_timeout(which,_emscripten_get_now()))},timeout_ms);timers[which]={id,timeout_ms};return 0};var getHeapMax=()=>1073741824;var alignMemory=(size,alignment)=>Math.ceil(size/alignment)*alignment;var growMemory=size=>{var oldHeapSize=wasmMemory.buffer.byteLength;var pages=(size-oldHeapSize+65535)/65536|0;try{wasmMemory.grow(pages);updateMemoryViews();return 1}catch(e){}};var _emscripten_resize_heap=requestedSize=>{var oldSize=HEAPU8.length;requestedSize>>>=0;var maxHeapSize=getHeapMax();if(requestedSize>maxHeapSize){return false}for(var cutDown=1;cutDown<=4;cutDown*=2){var overGrownHeapSize=oldSize*(1+.2/cutDown);overGrownHeapSize=Math.min(overGrownHeapSize,requestedSize+100663296);var newSize=Math.min(maxHeapSize,alignMemory(Math.max(requestedSize,overGrownHeapSize),65536));var replacement=growMemory(newSize);if(replacement){return true}}return false};var PATH={isAbs:path=>path.charAt(0)==="/",splitPath:filename=>{var splitPathRe=/^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;return splitPathRe.exec(filename).slice(1)},normalizeArray:(parts,allowAboveRoot)=>{var up=0;for(var i=parts.length-1;i>=0;i--){var last=parts[i];if(last==="."){parts.splice(i,1)}else if(last===".."){parts.splice(i,1);up++}else if(up){parts.splice(i,1);up--}}if(allowAboveRoot){for(;up;up--){parts.unshift("..")}}return parts},normalize:path=>{var isAbsolute=PATH.isAbs(path),trailingSlash=path.slice(-1)==="/";path=PATH.normalizeArray(path.split("/").filter(p=>!!p),!isAbsolute).join("/");if(!path&&!isAbsolute){path="."}if(path&&trailingSlash){path+="/"}return(isAbsolute?"/":"")+path},dirname:path=>{var result=PATH.splitPath(path),root=result[0],dir=result[1];if(!root&&!dir){return"."}if(dir){dir=dir.slice(0,-1)}return root+dir},basename:path=>path&&path.match(/([^\/]+|\/)\/*$/)[1],join:(...paths)=>PATH.normalize(paths.join("/")),join2:(l,r)=>PATH.normalize(l+"/"+r)};var initRandomFill=()=>{if(ENVIRONMENT_IS_NODE){var nodeCrypto=__nccwpck_require__(598);return view=>(nodeCrypto.randomFillSync(view),0)}return view=>(crypto.getRandomValues(view),0)};var randomFill=view=>(randomFill=initRandomFill())(view);var PATH_FS={resolve:(...args)=>{var resolvedPath="",resolvedAbsolute=false;for(var i=args.length-1;i>=-1&&!resolvedAbsolute;i--){var path=i>=0?args[i]:FS.cwd();if(typeof path!="string"){throw new TypeError("Arguments to path.resolve must be strings")}else if(!path){return""}resolvedPath=path+"/"+resolvedPath;resolvedAbsolute=PATH.isAbs(path)}resolvedPath=PATH.normalizeArray(resolvedPath.split("/").filter(p=>!!p),!resolvedAbsolute).join("/");return(resolvedAbsolute?"/":"")+resolvedPath||"."},relative:(from,to)=>{from=PATH_FS.resolve(from).slice(1);to=PATH_FS.resolve(to).slice(1);function trim(arr){var start=0;for(;start<arr.length;start++){if(arr[start]!=="")break}var end=arr.length-1;for(;end>=0;end--){if(arr[end]!=="")break}if(start>end)return[];return arr.slice(start,end-start+1)}var fromParts=trim(from.split("/"));var toParts=trim(to.split("/"));var length=Math.min(fromParts.length,toParts.length);var samePartsLength=length;for(var i=0;i<length;i++){if(fromParts[i]!==toParts[i]){samePartsLength=i;break}}var outputParts=[];for(var i=samePartsLength;i<fromParts.length;i++){outputParts.push("..")}outputParts=outputParts.concat(toParts.slice(samePartsLength));return outputParts.join("/")}};var FS_stdin_getChar_buffer=[];var lengthBytesUTF8=str=>{var len=0;for(var i=0;i<str.length;++i){var c=str.charCodeAt(i);if(c<=127){len++}else if(c<=2047){len+=2}else if(c>=55296&&c<=57343){len+=4;++i}else{len+=3}}return len};var stringToUTF8Array=(str,heap,outIdx,maxBytesToWrite)=>{if(!(maxBytesToWrite>0))return 0;var startIdx=outIdx;var endIdx=outIdx+maxBytesToWrite-1;for(var i=0;i<str.length;++i){var u=str.codePointAt(i);if(u<=127){if(outIdx>=endIdx)break;heap[outIdx++]=u}else if(u<=2047){if(outIdx+1>=endIdx)break;heap[outIdx++]=192|u>>6;heap[outIdx++]=128|u&63}else if(u<=65535){if(outIdx+2>=endIdx)break;heap[outIdx++]=224|u>>12;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63}else{if(outIdx+3>=endIdx)break;heap[outIdx++]=240|u>>18;heap[outIdx++]=128|u>>12&63;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63;i++}}heap[outIdx]=0;return outIdx-startIdx};var intArrayFromString=(stringy,dontAddNull,length)=>{var len=length>0?length:lengthBytesUTF8(stringy)+1;var u8array=new Array(len);var numBytesWritten=stringToUTF8Array(stringy,u8array,0,u8array.length);if(dontAddNull)u8array.length=numBytesWritten;return u8array};var FS_stdin_getChar=()=>{if(!FS_stdin_getChar_buffer.length){var result=null;if(ENVIRONMENT_IS_NODE){var BUFSIZE=256;var buf=Buffer.alloc(BUFSIZE);var bytesRead=0;var fd=process.stdin.fd;try{bytesRead=fs.readSync(fd,buf,0,BUFSIZE)}catch(e){if(e.toString().includes("EOF"))bytesRead=0;else throw e}if(bytesRead>0){result=buf.slice(0,bytesRead).toString("utf-8")}}else if(globalThis.window?.prompt){result=window.prompt("Input: ");if(result!==null){result+="\n"}}else{}if(!result){return null}FS_stdin_getChar_buffer=intArrayFromString(result,true)}return FS_stdin_getChar_buffer.shift()};var TTY={ttys:[],init(){},shutdown(){},register(dev,ops){TTY.ttys[dev]={input:[],output:[],ops};FS.registerDevice(dev,TTY.stream_ops)},stream_ops:{open(stream){var tty=TTY.ttys[stream.node.rdev];if(!tty){throw new FS.ErrnoError(43)}stream.tty=tty;stream.seekable=false},close(stream){stream.tty.ops.fsync(stream.tty)},fsync(stream){stream.tty.ops.fsync(stream.tty)},read(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.get_char){throw new FS.ErrnoError(60)}var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=stream.tty.ops.get_char(stream.tty)}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.put_char){throw new FS.ErrnoError(60)}try{for(var i=0;i<length;i++){stream.tty.ops.put_char(stream.tty,buffer[offset+i])}}catch(e){throw new FS.ErrnoError(29)}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}},default_tty_ops:{get_char(tty){return FS_stdin_getChar()},put_char(tty,val){if(val===null||val===10){out(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){out(UTF8ArrayToString(tty.output));tty.output=[]}},ioctl_tcgets(tty){return{c_iflag:25856,c_oflag:5,c_cflag:191,c_lflag:35387,c_cc:[3,28,127,21,4,0,1,0,17,19,26,0,18,15,23,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},ioctl_tcsets(tty,optional_actions,data){return 0},ioctl_tiocgwinsz(tty){return[24,80]}},default_tty1_ops:{put_char(tty,val){if(val===null||val===10){err(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){err(UTF8ArrayToString(tty.output));tty.output=[]}}}};var mmapAlloc=size=>{abort()};var MEMFS={ops_table:null,mount(mount){return MEMFS.createNode(null,"/",16895,0)},createNode(parent,name,mode,dev){if(FS.isBlkdev(mode)||FS.isFIFO(mode)){throw new FS.ErrnoError(63)}MEMFS.ops_table||={dir:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,lookup:MEMFS.node_ops.lookup,mknod:MEMFS.node_ops.mknod,rename:MEMFS.node_ops.rename,unlink:MEMFS.node_ops.unlink,rmdir:MEMFS.node_ops.rmdir,readdir:MEMFS.node_ops.readdir,symlink:MEMFS.node_ops.symlink},stream:{llseek:MEMFS.stream_ops.llseek}},file:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:{llseek:MEMFS.stream_ops.llseek,read:MEMFS.stream_ops.read,write:MEMFS.stream_ops.write,mmap:MEMFS.stream_ops.mmap,msync:MEMFS.stream_ops.msync}},link:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,readlink:MEMFS.node_ops.readlink},stream:{}},chrdev:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:FS.chrdev_stream_ops}};var node=FS.createNode(parent,name,mode,dev);if(FS.isDir(node.mode)){node.node_ops=MEMFS.ops_table.dir.node;node.stream_ops=MEMFS.ops_table.dir.stream;node.contents={}}else if(FS.isFile(node.mode)){node.node_ops=MEMFS.ops_table.file.node;node.stream_ops=MEMFS.ops_table.file.stream;node.usedBytes=0;node.contents=MEMFS.emptyFileContents??=new Uint8Array(0)}else if(FS.isLink(node.mode)){node.node_ops=MEMFS.ops_table.link.node;node.stream_ops=MEMFS.ops_table.link.stream}else if(FS.isChrdev(node.mode)){node.node_ops=MEMFS.ops_table.chrdev.node;node.stream_ops=MEMFS.ops_table.chrdev.stream}node.atime=node.mtime=node.ctime=Date.now();if(parent){parent.contents[name]=node;parent.atime=parent.mtime=parent.ctime=node.atime}return node},getFileDataAsTypedArray(node){return node.contents.subarray(0,node.usedBytes)},expandFileStorage(node,newCapacity){var prevCapacity=node.contents.length;if(prevCapacity>=newCapacity)return;var CAPACITY_DOUBLING_MAX=1024*1024;newCapacity=Math.max(newCapacity,prevCapacity*(prevCapacity<CAPACITY_DOUBLING_MAX?2:1.125)>>>0);if(prevCapacity)newCapacity=Math.max(newCapacity,256);var oldContents=MEMFS.getFileDataAsTypedArray(node);node.contents=new Uint8Array(newCapacity);node.contents.set(oldContents)},resizeFileStorage(node,newSize){if(node.usedBytes==newSize)return;var oldContents=node.contents;node.contents=new Uint8Array(newSize);node.contents.set(oldContents.subarray(0,Math.min(newSize,node.usedBytes)));node.usedBytes=newSize},node_ops:{getattr(node){var attr={};attr.dev=FS.isChrdev(node.mode)?node.id:1;attr.ino=node.id;attr.mode=node.mode;attr.nlink=1;attr.uid=0;attr.gid=0;attr.rdev=node.rdev;if(FS.isDir(node.mode)){attr.size=4096}else if(FS.isFile(node.mode)){attr.size=node.usedBytes}else if(FS.isLink(node.mode)){attr.size=node.link.length}else{attr.size=0}attr.atime=new Date(node.atime);attr.mtime=new Date(node.mtime);attr.ctime=new Date(node.ctime);attr.blksize=4096;attr.blocks=Math.ceil(attr.size/attr.blksize);return attr},setattr(node,attr){for(const key of["mode","atime","mtime","ctime"]){if(attr[key]!=null){node[key]=attr[key]}}if(attr.size!==undefined){MEMFS.resizeFileStorage(node,attr.size)}},lookup(parent,name){if(!MEMFS.doesNotExistError){MEMFS.doesNotExistError=new FS.ErrnoError(44);MEMFS.doesNotExistError.stack="<generic error, no stack>"}throw MEMFS.doesNotExistError},mknod(parent,name,mode,dev){return MEMFS.createNode(parent,name,mode,dev)},rename(old_node,new_dir,new_name){var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(new_node){if(FS.isDir(old_node.mode)){for(var i in new_node.contents){throw new FS.ErrnoError(55)}}FS.hashRemoveNode(new_node)}delete old_node.parent.contents[old_node.name];new_dir.contents[new_name]=old_node;old_node.name=new_name;new_dir.ctime=new_dir.mtime=old_node.parent.ctime=old_node.parent.mtime=Date.now()},unlink(parent,name){delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},rmdir(parent,name){var node=FS.lookupNode(parent,name);for(var i in node.contents){throw new FS.ErrnoError(55)}delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},readdir(node){return[".","..",...Object.keys(node.contents)]},symlink(parent,newname,oldpath){var node=MEMFS.createNode(parent,newname,511|40960,0);node.link=oldpath;return node},readlink(node){if(!FS.isLink(node.mode)){throw new FS.ErrnoError(28)}return node.link}},stream_ops:{read(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=stream.node.usedBytes)return 0;var size=Math.min(stream.node.usedBytes-position,length);buffer.set(contents.subarray(position,position+size),offset);return size},write(stream,buffer,offset,length,position,canOwn){if(buffer.buffer===HEAP8.buffer){canOwn=false}if(!length)return 0;var node=stream.node;node.mtime=node.ctime=Date.now();if(canOwn){node.contents=buffer.subarray(offset,offset+length);node.usedBytes=length}else if(node.usedBytes===0&&position===0){node.contents=buffer.slice(offset,offset+length);node.usedBytes=length}else{MEMFS.expandFileStorage(node,position+length);node.contents.set(buffer.subarray(offset,offset+length),position);node.usedBytes=Math.max(node.usedBytes,position+length)}return length},llseek(stream,offset,whence){var position=offset;if(whence===1){position+=stream.position}else if(whence===2){if(FS.isFile(stream.node.mode)){position+=stream.node.usedBytes}}if(position<0){throw new FS.ErrnoError(28)}return position},mmap(stream,length,position,prot,flags){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}var ptr;var allocated;var contents=stream.node.contents;if(!(flags&2)&&contents.buffer===HEAP8.buffer){allocated=false;ptr=contents.byteOffset}else{allocated=true;ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}if(contents){if(position>0||position+length<contents.length){if(contents.subarray){contents=contents.subarray(position,position+length)}else{contents=Array.prototype.slice.call(contents,position,position+length)}}HEAP8.set(contents,ptr)}}return{ptr,allocated}},msync(stream,buffer,offset,length,mmapFlags){MEMFS.stream_ops.write(stream,buffer,0,length,offset,false);return 0}}};var FS_modeStringToFlags=str=>{if(typeof str!="string")return str;var flagModes={r:0,"r+":2,w:512|64|1,"w+":512|64|2,a:1024|64|1,"a+":1024|64|2};var flags=flagModes[str];if(typeof flags=="undefined"){throw new Error(`Unknown file open mode: ${str}`)}return flags};var FS_fileDataToTypedArray=data=>{if(typeof data=="string"){data=intArrayFromString(data,true)}if(!data.subarray){data=new Uint8Array(data)}return data};var FS_getMode=(canRead,canWrite)=>{var mode=0;if(canRead)mode|=292|73;if(canWrite)mode|=146;return mode};var asyncLoad=async url=>{var arrayBuffer=await readAsync(url);return new Uint8Array(arrayBuffer)};var FS_createDataFile=(...args)=>FS.createDataFile(...args);var getUniqueRunDependency=id=>id;var dependenciesPromise=null;var resolveRunDependencies=async()=>dependenciesPromise;var runDependencies=0;var dependenciesPromiseResolve=null;var removeRunDependency=id=>{runDependencies--;Module["monitorRunDependencies"]?.(runDependencies);if(!runDependencies){dependenciesPromiseResolve()}};var addRunDependency=id=>{if(!runDependencies){dependenciesPromise=new Promise(resolve=>dependenciesPromiseResolve=resolve)}runDependencies++;Module["monitorRunDependencies"]?.(runDependencies)};var preloadPlugins=[];var FS_handledByPreloadPlugin=async(byteArray,fullname)=>{if(typeof Browser!="undefined")Browser.init();for(var plugin of preloadPlugins){if(plugin["canHandle"](fullname)){return plugin["handle"](byteArray,fullname)}}return byteArray};var FS_preloadFile=async(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish)=>{var fullname=name?PATH_FS.resolve(PATH.join2(parent,name)):parent;var dep=getUniqueRunDependency(`cp ${fullname}`);addRunDependency(dep);try{var byteArray=url;if(typeof url=="string"){byteArray=await asyncLoad(url)}byteArray=await FS_handledByPreloadPlugin(byteArray,fullname);preFinish?.();if(!dontCreateFile){FS_createDataFile(parent,name,byteArray,canRead,canWrite,canOwn)}}finally{removeRunDependency(dep)}};var FS_createPreloadedFile=(parent,name,url,canRead,canWrite,onload,onerror,dontCreateFile,canOwn,preFinish)=>{FS_preloadFile(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish).then(onload).catch(onerror)};var FS={root:null,mounts:[],devices:{},streams:[],nextInode:1,nameTable:null,currentPath:"/",initialized:false,ignorePermissions:true,filesystems:null,syncFSRequests:0,ErrnoError:class{name="ErrnoError";constructor(errno){this.errno=errno}},FSStream:class{shared={};get object(){return this.node}set object(val){this.node=val}get isRead(){return(this.flags&2097155)!==1}get isWrite(){return(this.flags&2097155)!==0}get isAppend(){return this.flags&1024}get flags(){return this.shared.flags}set flags(val){this.shared.flags=val}get position(){return this.shared.position}set position(val){this.shared.position=val}},FSNode:class{node_ops={};stream_ops={};readMode=292|73;writeMode=146;mounted=null;constructor(parent,name,mode,rdev){if(!parent){parent=this}this.parent=parent;this.mount=parent.mount;this.id=FS.nextInode++;this.name=name;this.mode=mode;this.rdev=rdev;this.atime=this.mtime=this.ctime=Date.now()}get read(){return(this.mode&this.readMode)===this.readMode}set read(val){val?this.mode|=this.readMode:this.mode&=~this.readMode}get write(){return(this.mode&this.writeMode)===this.writeMode}set write(val){val?this.mode|=this.writeMode:this.mode&=~this.writeMode}get isFolder(){return FS.isDir(this.mode)}get isDevice(){return FS.isChrdev(this.mode)}addListener(cb,exclusive=false){var entry={cb,exclusive};var listeners=this.listeners??=new Set;listeners.add(entry);return{listeners,entry}}notifyListeners(flags){if(!this.listeners)return;var excl;for(var entry of this.listeners){if(entry.exclusive)(excl||=[]).push(entry);else entry.cb(flags)}if(excl){var i=(this.exclTurn||0)%excl.length;this.exclTurn=i+1;excl[i].cb(flags)}}},lookupPath(path,opts={}){if(!path){throw new FS.ErrnoError(44)}opts.follow_mount??=true;if(!PATH.isAbs(path)){path=FS.cwd()+"/"+path}linkloop:for(var nlinks=0;nlinks<40;nlinks++){var parts=path.split("/").filter(p=>!!p);var current=FS.root;var current_path="/";for(var i=0;i<parts.length;i++){var islast=i===parts.length-1;if(islast&&opts.parent){break}if(parts[i]==="."){continue}if(parts[i]===".."){current_path=PATH.dirname(current_path);if(FS.isRoot(current)){path=current_path+"/"+parts.slice(i+1).join("/");nlinks--;continue linkloop}else{current=current.parent}continue}current_path=PATH.join2(current_path,parts[i]);try{current=FS.lookupNode(current,parts[i])}catch(e){if(e?.errno===44&&islast&&opts.noent_okay){return{path:current_path}}throw e}if(FS.isMountpoint(current)&&(!islast||opts.follow_mount)){current=current.mounted.root}if(FS.isLink(current.mode)&&(!islast||opts.follow)){if(!current.node_ops.readlink){throw new FS.ErrnoError(52)}var link=current.node_ops.readlink(current);if(!PATH.isAbs(link)){link=PATH.dirname(current_path)+"/"+link}path=link+"/"+parts.slice(i+1).join("/");continue linkloop}}return{path:current_path,node:current}}throw new FS.ErrnoError(32)},getPath(node){var path;while(true){if(FS.isRoot(node)){var mount=node.mount.mountpoint;if(!path)return mount;return mount[mount.length-1]!=="/"?`${mount}/${path}`:mount+path}path=path?`${node.name}/${path}`:node.name;node=node.parent}},hashName(parentid,name){var hash=0;for(var i=0;i<name.length;i++){hash=(hash<<5)-hash+name.charCodeAt(i)|0}return(parentid+hash>>>0)%FS.nameTable.length},hashAddNode(node){var hash=FS.hashName(node.parent.id,node.name);node.name_next=FS.nameTable[hash];FS.nameTable[hash]=node},hashRemoveNode(node){var hash=FS.hashName(node.parent.id,node.name);if(FS.nameTable[hash]===node){FS.nameTable[hash]=node.name_next}else{var current=FS.nameTable[hash];while(current){if(current.name_next===node){current.name_next=node.name_next;break}current=current.name_next}}},lookupNode(parent,name){var errCode=FS.mayLookup(parent);if(errCode){throw new FS.ErrnoError(errCode)}var hash=FS.hashName(parent.id,name);for(var node=FS.nameTable[hash];node;node=node.name_next){var nodeName=node.name;if(node.parent.id===parent.id&&nodeName===name){return node}}return FS.lookup(parent,name)},createNode(parent,name,mode,rdev){var node=new FS.FSNode(parent,name,mode,rdev);FS.hashAddNode(node);return node},destroyNode(node){FS.hashRemoveNode(node)},isRoot(node){return node===node.parent},isMountpoint(node){return!!node.mounted},isFile(mode){return(mode&61440)===32768},isDir(mode){return(mode&61440)===16384},isLink(mode){return(mode&61440)===40960},isChrdev(mode){return(mode&61440)===8192},isBlkdev(mode){return(mode&61440)===24576},isFIFO(mode){return(mode&61440)===4096},isSocket(mode){return(mode&49152)===49152},flagsToPermissionString(flag){var perms=["r","w","rw"][flag&3];if(flag&512){perms+="w"}return perms},nodePermissions(node,perms){if(FS.ignorePermissions){return 0}if(perms.includes("r")&&!(node.mode&292)){return 2}if(perms.includes("w")&&!(node.mode&146)){return 2}if(perms.includes("x")&&!(node.mode&73)){return 2}return 0},mayLookup(dir){if(!FS.isDir(dir.mode))return 54;var errCode=FS.nodePermissions(dir,"x");if(errCode)return errCode;if(!dir.node_ops.lookup)return 2;return 0},mayCreate(dir,name){if(!FS.isDir(dir.mode)){return 54}try{var node=FS.lookupNode(dir,name);return 20}catch(e){}return FS.nodePermissions(dir,"wx")},mayDelete(dir,name,isdir){var node;try{node=FS.lookupNode(dir,name)}catch(e){return e.errno}var errCode=FS.nodePermissions(dir,"wx");if(errCode){return errCode}if(isdir){if(!FS.isDir(node.mode)){return 54}if(FS.isRoot(node)||FS.getPath(node)===FS.cwd()){return 10}}else if(FS.isDir(node.mode)){return 31}return 0},mayOpen(node,flags){if(!node){return 44}if(FS.isLink(node.mode)){return 32}var mode=FS.flagsToPermissionString(flags);if(FS.isDir(node.mode)){if(mode!=="r"||flags&(512|64)){return 31}}return FS.nodePermissions(node,mode)},checkOpExists(op,err){if(!op){throw new FS.ErrnoError(err)}return op},MAX_OPEN_FDS:4096,nextfd(){for(var fd=0;fd<=FS.MAX_OPEN_FDS;fd++){if(!FS.streams[fd]){return fd}}throw new FS.ErrnoError(33)},getStreamChecked(fd){var stream=FS.getStream(fd);if(!stream){throw new FS.ErrnoError(8)}return stream},getStream:fd=>FS.streams[fd],createStream(stream,fd=-1){stream=Object.assign(new FS.FSStream,stream);if(fd==-1){fd=FS.nextfd()}stream.fd=fd;FS.streams[fd]=stream;return stream},closeStream(fd){FS.streams[fd]=null},dupStream(origStream,fd=-1){var stream=FS.createStream(origStream,fd);stream.stream_ops?.dup?.(stream);return stream},doSetAttr(stream,node,attr){var setattr=stream?.stream_ops.setattr;var arg=setattr?stream:node;setattr??=node.node_ops.setattr;FS.checkOpExists(setattr,63);try{setattr(arg,attr)}catch(e){if(e instanceof RangeError){throw new FS.ErrnoError(22)}throw e}},chrdev_stream_ops:{open(stream){var device=FS.getDevice(stream.node.rdev);stream.stream_ops=device.stream_ops;stream.stream_ops.open?.(stream)},llseek(){throw new FS.ErrnoError(70)}},major:dev=>dev>>8,minor:dev=>dev&255,makedev:(ma,mi)=>ma<<8|mi,registerDevice(dev,ops){FS.devices[dev]={stream_ops:ops}},getDevice:dev=>FS.devices[dev],getMounts(mount){var mounts=[];var check=[mount];while(check.length){var m=check.pop();mounts.push(m);check.push(...m.mounts)}return mounts},syncfs(populate,callback){if(typeof populate=="function"){callback=populate;populate=false}FS.syncFSRequests++;if(FS.syncFSRequests>1){err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`)}var mounts=FS.getMounts(FS.root.mount);var completed=0;function doCallback(errCode){FS.syncFSRequests--;return callback(errCode)}function done(errCode){if(errCode){if(!done.errored){done.errored=true;return doCallback(errCode)}return}if(++completed>=mounts.length){doCallback(null)}}for(var mount of mounts){if(mount.type.syncfs){mount.type.syncfs(mount,populate,done)}else{done(null)}}},mount(type,opts,mountpoint){var root=mountpoint==="/";var pseudo=!mountpoint;var node;if(root&&FS.root){throw new FS.ErrnoError(10)}else if(!root&&!pseudo){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});mountpoint=lookup.path;node=lookup.node;if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}if(!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}}var mount={type,opts,mountpoint,mounts:[]};var mountRoot=type.mount(mount);mountRoot.mount=mount;mount.root=mountRoot;if(root){FS.root=mountRoot}else if(node){node.mounted=mount;if(node.mount){node.mount.mounts.push(mount)}}return mountRoot},unmount(mountpoint){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});if(!FS.isMountpoint(lookup.node)){throw new FS.ErrnoError(28)}var node=lookup.node;var mount=node.mounted;var mounts=FS.getMounts(mount);for(var[hash,current]of Object.entries(FS.nameTable)){while(current){var next=current.name_next;if(mounts.includes(current.mount)){FS.destroyNode(current)}current=next}}node.mounted=null;var idx=node.mount.mounts.indexOf(mount);node.mount.mounts.splice(idx,1)},lookup(parent,name){return parent.node_ops.lookup(parent,name)},mknod(path,mode,dev){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);if(!name){throw new FS.ErrnoError(28)}if(name==="."||name===".."){throw new FS.ErrnoError(20)}var errCode=FS.mayCreate(parent,name);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.mknod){throw new FS.ErrnoError(63)}return parent.node_ops.mknod(parent,name,mode,dev)},statfs(path){return FS.statfsNode(FS.lookupPath(path,{follow:true}).node)},statfsStream(stream){return FS.statfsNode(stream.node)},statfsNode(node){var rtn={bsize:4096,frsize:4096,blocks:1e6,bfree:5e5,bavail:5e5,files:FS.nextInode,ffree:FS.nextInode-1,fsid:42,flags:2,namelen:255};if(node.node_ops.statfs){Object.assign(rtn,node.node_ops.statfs(node.mount.opts.root))}return rtn},create(path,mode=438){mode&=4095;mode|=32768;return FS.mknod(path,mode,0)},mkdir(path,mode=511){mode&=511|512;mode|=16384;return FS.mknod(path,mode,0)},mkdirTree(path,mode){var dirs=path.split("/");var d="";for(var dir of dirs){if(!dir)continue;if(d||PATH.isAbs(path))d+="/";d+=dir;try{FS.mkdir(d,mode)}catch(e){if(e.errno!=20)throw e}}},mkdev(path,mode,dev){if(typeof dev=="undefined"){dev=mode;mode=438}mode|=8192;return FS.mknod(path,mode,dev)},symlink(oldpath,newpath){if(!PATH_FS.resolve(oldpath)){throw new FS.ErrnoError(44)}var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.symlink){throw new FS.ErrnoError(63)}return parent.node_ops.symlink(parent,newname,oldpath)},link(oldpath,newpath,flags){var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.link){throw new FS.ErrnoError(34)}return parent.node_ops.link(parent,newname,oldpath,flags)},rename(old_path,new_path){var old_dirname=PATH.dirname(old_path);var new_dirname=PATH.dirname(new_path);var old_name=PATH.basename(old_path);var new_name=PATH.basename(new_path);var lookup,old_dir,new_dir;lookup=FS.lookupPath(old_path,{parent:true});old_dir=lookup.node;lookup=FS.lookupPath(new_path,{parent:true});new_dir=lookup.node;if(!old_dir||!new_dir)throw new FS.ErrnoError(44);if(old_dir.mount!==new_dir.mount){throw new FS.ErrnoError(75)}var old_node=FS.lookupNode(old_dir,old_name);var relative=PATH_FS.relative(old_path,new_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(28)}relative=PATH_FS.relative(new_path,old_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(55)}var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(old_node===new_node){return}var isdir=FS.isDir(old_node.mode);var errCode=FS.mayDelete(old_dir,old_name,isdir);if(errCode){throw new FS.ErrnoError(errCode)}errCode=new_node?FS.mayDelete(new_dir,new_name,isdir):FS.mayCreate(new_dir,new_name);if(errCode){throw new FS.ErrnoError(errCode)}if(!old_dir.node_ops.rename){throw new FS.ErrnoError(63)}if(FS.isMountpoint(old_node)||new_node&&FS.isMountpoint(new_node)){throw new FS.ErrnoError(10)}if(new_dir!==old_dir){errCode=FS.nodePermissions(old_dir,"w");if(errCode){throw new FS.ErrnoError(errCode)}}FS.hashRemoveNode(old_node);try{old_dir.node_ops.rename(old_node,new_dir,new_name);old_node.parent=new_dir}catch(e){throw e}finally{FS.hashAddNode(old_node)}},rmdir(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,true);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.rmdir){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.rmdir(parent,name);FS.destroyNode(node)},readdir(path){var lookup=FS.lookupPath(path,{follow:true});var node=lookup.node;var readdir=FS.checkOpExists(node.node_ops.readdir,54);return readdir(node)},unlink(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,false);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.unlink){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.unlink(parent,name);FS.destroyNode(node)},readlink(path){var lookup=FS.lookupPath(path);var link=lookup.node;if(!link){throw new FS.ErrnoError(44)}if(!link.node_ops.readlink){throw new FS.ErrnoError(28)}return link.node_ops.readlink(link)},stat(path,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});var node=lookup.node;var getattr=FS.checkOpExists(node.node_ops.getattr,63);return getattr(node)},fstat(fd){var stream=FS.getStreamChecked(fd);var node=stream.node;var getattr=stream.stream_ops.getattr;var arg=getattr?stream:node;getattr??=node.node_ops.getattr;FS.checkOpExists(getattr,63);return getattr(arg)},lstat(path){return FS.stat(path,true)},doChmod(stream,node,mode,dontFollow){FS.doSetAttr(stream,node,{mode:mode&4095|node.mode&~4095,ctime:Date.now(),dontFollow})},chmod(path,mode,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChmod(null,node,mode,dontFollow)},lchmod(path,mode){FS.chmod(path,mode,true)},fchmod(fd,mode){var stream=FS.getStreamChecked(fd);FS.doChmod(stream,stream.node,mode,false)},doChown(stream,node,dontFollow){FS.doSetAttr(stream,node,{timestamp:Date.now(),dontFollow})},chown(path,uid,gid,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChown(null,node,dontFollow)},lchown(path,uid,gid){FS.chown(path,uid,gid,true)},fchown(fd,uid,gid){var stream=FS.getStreamChecked(fd);FS.doChown(stream,stream.node,false)},doTruncate(stream,node,len){if(FS.isDir(node.mode)){throw new FS.ErrnoError(31)}if(!FS.isFile(node.mode)){throw new FS.ErrnoError(28)}var errCode=FS.nodePermissions(node,"w");if(errCode){throw new FS.ErrnoError(errCode)}FS.doSetAttr(stream,node,{size:len,timestamp:Date.now()})},truncate(path,len){if(len<0){throw new FS.ErrnoError(28)}var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:true});node=lookup.node}else{node=path}FS.doTruncate(null,node,len)},ftruncate(fd,len){var stream=FS.getStreamChecked(fd);if(len<0||(stream.flags&2097155)===0){throw new FS.ErrnoError(28)}FS.doTruncate(stream,stream.node,len)},utime(path,atime,mtime,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});FS.doSetAttr(null,lookup.node,{atime,mtime,dontFollow})},open(path,flags,mode=438){if(path===""){throw new FS.ErrnoError(44)}flags=FS_modeStringToFlags(flags);if(flags&64){mode=mode&4095|32768}else{mode=0}var node;var isDirPath;if(typeof path=="object"){node=path}else{isDirPath=path.endsWith("/");var lookup=FS.lookupPath(path,{follow:!(flags&131072),noent_okay:true});node=lookup.node;path=lookup.path}var created=false;if(flags&64){if(node){if(flags&128){throw new FS.ErrnoError(20)}}else if(isDirPath){throw new FS.ErrnoError(31)}else{node=FS.mknod(path,mode|511,0);created=true}}if(!node){throw new FS.ErrnoError(44)}if(FS.isChrdev(node.mode)){flags&=~512}if(flags&65536&&!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}if(!created){var errCode=FS.mayOpen(node,flags);if(errCode){throw new FS.ErrnoError(errCode)}}if(flags&512&&!created){FS.truncate(node,0)}flags&=~(128|512|131072);var stream=FS.createStream({node,path:FS.getPath(node),flags,seekable:true,position:0,stream_ops:node.stream_ops,ungotten:[],error:false});if(stream.stream_ops.open){stream.stream_ops.open(stream)}if(created){FS.chmod(node,mode&511)}return stream},close(stream){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(stream.getdents)stream.getdents=null;stream.node?.notifyListeners(32);try{if(stream.stream_ops.close){stream.stream_ops.close(stream)}}catch(e){throw e}finally{FS.closeStream(stream.fd)}stream.fd=null},isClosed(stream){return stream.fd===null},llseek(stream,offset,whence){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(!stream.seekable||!stream.stream_ops.llseek){throw new FS.ErrnoError(70)}if(whence!=0&&whence!=1&&whence!=2){throw new FS.ErrnoError(28)}stream.position=stream.stream_ops.llseek(stream,offset,whence);stream.ungotten=[];return stream.position},read(stream,buffer,offset,length,position){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.read){throw new FS.ErrnoError(28)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesRead=stream.stream_ops.read(stream,buffer,offset,length,position);if(!seeking)stream.position+=bytesRead;return bytesRead},write(stream,buffer,offset,length,position,canOwn){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===0){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.write){throw new FS.ErrnoError(28)}if(stream.seekable&&stream.flags&1024){FS.llseek(stream,0,2)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesWritten=stream.stream_ops.write(stream,buffer,offset,length,position,canOwn);if(!seeking)stream.position+=bytesWritten;return bytesWritten},mmap(stream,length,position,prot,flags){if((prot&2)!==0&&(flags&2)===0&&(stream.flags&2097155)!==2){throw new FS.ErrnoError(2)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(2)}if(!stream.stream_ops.mmap){throw new FS.ErrnoError(43)}if(!length){throw new FS.ErrnoError(28)}return stream.stream_ops.mmap(stream,length,position,prot,flags)},msync(stream,buffer,offset,length,mmapFlags){if(!stream.stream_ops.msync){return 0}return stream.stream_ops.msync(stream,buffer,offset,length,mmapFlags)},ioctl(stream,cmd,arg){if(!stream.stream_ops.ioctl){throw new FS.ErrnoError(59)}return stream.stream_ops.ioctl(stream,cmd,arg)},readFile(path,opts={}){opts.flags=opts.flags??0;opts.encoding=opts.encoding??"binary";if(opts.encoding!=="utf8"&&opts.encoding!=="binary"){abort(`Invalid encoding type "${opts.encoding}"`)}var stream=FS.open(path,opts.flags);var stat=FS.stat(path);var length=stat.size;var buf=new Uint8Array(length);FS.read(stream,buf,0,length,0);if(opts.encoding==="utf8"){buf=UTF8ArrayToString(buf)}FS.close(stream);return buf},writeFile(path,data,opts={}){opts.flags=opts.flags??577;var stream=FS.open(path,opts.flags,opts.mode);data=FS_fileDataToTypedArray(data);FS.write(stream,data,0,data.byteLength,undefined,opts.canOwn);FS.close(stream)},cwd:()=>FS.currentPath,chdir(path){var lookup=FS.lookupPath(path,{follow:true});if(lookup.node===null){throw new FS.ErrnoError(44)}if(!FS.isDir(lookup.node.mode)){throw new FS.ErrnoError(54)}var errCode=FS.nodePermissions(lookup.node,"x");if(errCode){throw new FS.ErrnoError(errCode)}FS.currentPath=lookup.path},createDefaultDirectories(){FS.mkdir("/tmp");FS.mkdir("/home");FS.mkdir("/home/web_user")},createDefaultDevices(){FS.mkdir("/dev");FS.registerDevice(FS.makedev(1,3),{read:()=>0,write:(stream,buffer,offset,length,pos)=>length,llseek:()=>0});FS.mkdev("/dev/null",FS.makedev(1,3));TTY.register(FS.makedev(5,0),TTY.default_tty_ops);TTY.register(FS.makedev(6,0),TTY.default_tty1_ops);FS.mkdev("/dev/tty",FS.makedev(5,0));FS.mkdev("/dev/tty1",FS.makedev(6,0));var randomBuffer=new Uint8Array(1024),randomLeft=0;var randomByte=()=>{if(randomLeft===0){randomFill(randomBuffer);randomLeft=randomBuffer.byteLength}return randomBuffer[--randomLeft]};FS.createDevice("/dev","random",randomByte);FS.createDevice("/dev","urandom",randomByte);FS.mkdir("/dev/shm");FS.mkdir("/dev/shm/tmp")},createSpecialDirectories(){FS.mkdir("/proc");var proc_self=FS.mkdir("/proc/self");FS.mkdir("/proc/self/fd");FS.mount({mount(){var node=FS.createNode(proc_self,"fd",16895,73);node.stream_ops={llseek:MEMFS.stream_ops.llseek};node.node_ops={lookup(parent,name){var fd=+name;var stream=FS.getStreamChecked(fd);var ret={parent:null,mount:{mountpoint:"fake"},node_ops:{readlink:()=>stream.path},id:fd+1};ret.parent=ret;return ret},readdir(){return Array.from(FS.streams.entries()).filter(([k,v])=>v).map(([k,v])=>k.toString())}};return node}},{},"/proc/self/fd")},createStandardStreams(input,output,error){if(input){FS.createDevice("/dev","stdin",input)}else{FS.symlink("/dev/tty","/dev/stdin")}if(output){FS.createDevice("/dev","stdout",null,output)}else{FS.symlink("/dev/tty","/dev/stdout")}if(error){FS.createDevice("/dev","stderr",null,error)}else{FS.symlink("/dev/tty1","/dev/stderr")}var stdin=FS.open("/dev/stdin",0);var stdout=FS.open("/dev/stdout",1);var stderr=FS.open("/dev/stderr",1)},staticInit(){FS.nameTable=new Array(4096);FS.mount(MEMFS,{},"/");FS.createDefaultDirectories();FS.createDefaultDevices();FS.createSpecialDirectories();FS.filesystems={MEMFS}},init(input,output,error){FS.initialized=true;input??=Module["stdin"];output??=Module["stdout"];error??=Module["stderr"];FS.createStandardStreams(input,output,error)},quit(){FS.initialized=false;for(var stream of FS.streams){if(stream){FS.close(stream)}}},findObject(path,dontResolveLastLink){var ret=FS.analyzePath(path,dontResolveLastLink);if(!ret.exists){return null}return ret.object},analyzePath(path,dontResolveLastLink){try{var lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});path=lookup.path}catch(e){}var ret={isRoot:false,exists:false,error:0,name:null,path:null,object:null,parentExists:false,parentPath:null,parentObject:null};try{var lookup=FS.lookupPath(path,{parent:true});ret.parentExists=true;ret.parentPath=lookup.path;ret.parentObject=lookup.node;ret.name=PATH.basename(path);lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});ret.exists=true;ret.path=lookup.path;ret.object=lookup.node;ret.name=lookup.node.name;ret.isRoot=lookup.path==="/"}catch(e){ret.error=e.errno}return ret},createPath(parent,path,canRead,canWrite){parent=typeof parent=="string"?parent:FS.getPath(parent);var parts=path.split("/").reverse();while(parts.length){var part=parts.pop();if(!part)continue;var current=PATH.join2(parent,part);try{FS.mkdir(current)}catch(e){if(e.errno!=20)throw e}parent=current}return current},createFile(parent,name,properties,canRead,canWrite){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(canRead,canWrite);return FS.create(path,mode)},createDataFile(parent,name,data,canRead,canWrite,canOwn){var path=name;if(parent){parent=typeof parent=="string"?parent:FS.getPath(parent);path=name?PATH.join2(parent,name):parent}var mode=FS_getMode(canRead,canWrite);var node=FS.create(path,mode);if(data){data=FS_fileDataToTypedArray(data);FS.chmod(node,mode|146);var stream=FS.open(node,577);FS.write(stream,data,0,data.length,0,canOwn);FS.close(stream);FS.chmod(node,mode)}},createDevice(parent,name,input,output){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(!!input,!!output);FS.createDevice.major??=64;var dev=FS.makedev(FS.createDevice.major++,0);FS.registerDevice(dev,{open(stream){stream.seekable=false},close(stream){if(output?.buffer?.length){output(10)}},read(stream,buffer,offset,length,pos){var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=input()}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){for(var i=0;i<length;i++){try{output(buffer[offset+i])}catch(e){throw new FS.ErrnoError(29)}}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}});return FS.mkdev(path,mode,dev)},forceLoadFile(obj){if(obj.isDevice||obj.isFolder||obj.link||obj.contents)return true;if(globalThis.XMLHttpRequest){abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.")}else{try{obj.contents=readBinary(obj.url)}catch(e){throw new FS.ErrnoError(29)}}},createLazyFile(parent,name,url,canRead,canWrite){class LazyUint8Array{lengthKnown=false;chunks=[];get(idx){if(idx>this.length-1||idx<0){return undefined}var chunkOffset=idx%this.chunkSize;var chunkNum=idx/this.chunkSize|0;return this.getter(chunkNum)[chunkOffset]}setDataGetter(getter){this.getter=getter}cacheLength(){var xhr=new XMLHttpRequest;xhr.open("HEAD",url,false);xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);var datalength=Number(xhr.getResponseHeader("Content-length"));var header;var hasByteServing=(header=xhr.getResponseHeader("Accept-Ranges"))&&header==="bytes";var usesGzip=(header=xhr.getResponseHeader("Content-Encoding"))&&header==="gzip";var chunkSize=1024*1024;if(!hasByteServing)chunkSize=datalength;var doXHR=(from,to)=>{if(from>to)abort(`invalid range (${from}, ${to}) or no bytes requested!`);if(to>datalength-1)abort(`only ${datalength} bytes available! programmer error!`);var xhr=new XMLHttpRequest;xhr.open("GET",url,false);if(datalength!==chunkSize)xhr.setRequestHeader("Range","bytes="+from+"-"+to);xhr.responseType="arraybuffer";if(xhr.overrideMimeType){xhr.overrideMimeType("text/plain; charset=x-user-defined")}xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);if(xhr.response!==undefined){return new Uint8Array(xhr.response||[])}return intArrayFromString(xhr.responseText??"",true)};var lazyArray=this;lazyArray.setDataGetter(chunkNum=>{var start=chunkNum*chunkSize;var end=(chunkNum+1)*chunkSize-1;end=Math.min(end,datalength-1);if(typeof lazyArray.chunks[chunkNum]=="undefined"){lazyArray.chunks[chunkNum]=doXHR(start,end)}if(typeof lazyArray.chunks[chunkNum]=="undefined")abort("doXHR failed!");return lazyArray.chunks[chunkNum]});if(usesGzip||!datalength){chunkSize=datalength=1;datalength=this.getter(0).length;chunkSize=datalength;out("LazyFiles on gzip forces download of the whole file when length is accessed")}this._length=datalength;this._chunkSize=chunkSize;this.lengthKnown=true}get length(){if(!this.lengthKnown){this.cacheLength()}return this._length}get chunkSize(){if(!this.lengthKnown){this.cacheLength()}return this._chunkSize}}if(globalThis.XMLHttpRequest){if(!ENVIRONMENT_IS_WORKER)abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");var lazyArray=new LazyUint8Array;var properties={isDevice:false,contents:lazyArray}}else{var properties={isDevice:false,url}}var node=FS.createFile(parent,name,properties,canRead,canWrite);if(properties.contents){node.contents=properties.contents}else if(properties.url){node.contents=null;node.url=properties.url}Object.defineProperties(node,{usedBytes:{get:function(){return this.contents.length}}});var stream_ops={};for(const[key,fn]of Object.entries(node.stream_ops)){stream_ops[key]=(...args)=>{FS.forceLoadFile(node);return fn(...args)}}function writeChunks(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=contents.length)return 0;var size=Math.min(contents.length-position,length);if(contents.slice){for(var i=0;i<size;i++){buffer[offset+i]=contents[position+i]}}else{for(var i=0;i<size;i++){buffer[offset+i]=contents.get(position+i)}}return size}stream_ops.read=(stream,buffer,offset,length,position)=>{FS.forceLoadFile(node);return writeChunks(stream,buffer,offset,length,position)};stream_ops.mmap=(stream,length,position,prot,flags)=>{FS.forceLoadFile(node);var ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}writeChunks(stream,HEAP8,ptr,length,position);return{ptr,allocated:true}};node.stream_ops=stream_ops;return node}};var SYSCALLS={currentUmask:18,calculateAt(dirfd,path,allowEmpty){if(PATH.isAbs(path)){return path}var dir;if(dirfd===-100){dir=FS.cwd()}else{var dirstream=SYSCALLS.getStreamFromFD(dirfd);dir=dirstream.path}if(path.length==0){if(!allowEmpty){throw new FS.ErrnoError(44)}return dir}return dir+"/"+path},writeStat(buf,stat){HEAPU32[buf>>2]=stat.dev;HEAPU32[buf+4>>2]=stat.mode;HEAPU32[buf+8>>2]=stat.nlink;HEAPU32[buf+12>>2]=stat.uid;HEAPU32[buf+16>>2]=stat.gid;HEAPU32[buf+20>>2]=stat.rdev;HEAP64[buf+24>>3]=BigInt(stat.size);HEAP32[buf+32>>2]=4096;HEAP32[buf+36>>2]=stat.blocks;var atime=stat.atime.getTime();var mtime=stat.mtime.getTime();var ctime=stat.ctime.getTime();HEAP64[buf+40>>3]=BigInt(Math.floor(atime/1e3));HEAPU32[buf+48>>2]=atime%1e3*1e3*1e3;HEAP64[buf+56>>3]=BigInt(Math.floor(mtime/1e3));HEAPU32[buf+64>>2]=mtime%1e3*1e3*1e3;HEAP64[buf+72>>3]=BigInt(Math.floor(ctime/1e3));HEAPU32[buf+80>>2]=ctime%1e3*1e3*1e3;HEAP64[buf+88>>3]=BigInt(stat.ino);return 0},writeStatFs(buf,stats){HEAPU32[buf+4>>2]=stats.bsize;HEAPU32[buf+60>>2]=stats.bsize;HEAP64[buf+8>>3]=BigInt(stats.blocks);HEAP64[buf+16>>3]=BigInt(stats.bfree);HEAP64[buf+24>>3]=BigInt(stats.bavail);HEAP64[buf+32>>3]=BigInt(stats.files);HEAP64[buf+40>>3]=BigInt(stats.ffree);HEAPU32[buf+48>>2]=stats.fsid;HEAPU32[buf+64>>2]=stats.flags;HEAPU32[buf+56>>2]=stats.namelen},doMsync(addr,stream,len,flags,offset){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}if(flags&2){return 0}var buffer=HEAPU8.subarray(addr,addr+len);FS.msync(stream,buffer,offset,len,flags)},getStreamFromFD(fd){var stream=FS.getStreamChecked(fd);return stream},varargs:undefined,getStr(ptr){var ret=UTF8ToString(ptr);return ret}};function _fd_close(fd){try{var stream=SYSCALLS.getStreamFromFD(fd);FS.close(stream);return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doReadv=(stream,iov,iovcnt,offset)=>{var ret=0;for(var i=0;i<iovcnt;i++){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];iov+=8;try{var curr=FS.read(stream,HEAP8,ptr,len,offset)}catch(e){if(ret>0&&e instanceof FS.ErrnoError&&(e.errno==6||e.errno==6)){break}throw e}if(curr<0)return-1;ret+=curr;if(curr<len)break;if(typeof offset!="undefined"){offset+=curr}}return ret};function _fd_read(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doReadv(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var INT53_MAX=9007199254740992;var INT53_MIN=-9007199254740992;var bigintToI53Checked=num=>num<INT53_MIN||num>INT53_MAX?NaN:Number(num);function _fd_seek(fd,offset,whence,newOffset){offset=bigintToI53Checked(offset);try{if(isNaN(offset))return 22;var stream=SYSCALLS.getStreamFromFD(fd);FS.llseek(stream,offset,whence);HEAP64[newOffset>>3]=BigInt(stream.position);if(stream.getdents&&offset===0&&whence===0)stream.getdents=null;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doWritev=(stream,iov,iovcnt,offset)=>{if(iovcnt==1){return FS.write(stream,HEAP8,HEAPU32[iov>>2],HEAPU32[iov+4>>2],offset)}var total=0;for(var i=0,p=iov;i<iovcnt;i++,p+=8){total+=HEAPU32[p+4>>2]}var view=new Uint8Array(total);var voff=0;for(var i=0;i<iovcnt;i++,iov+=8){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];view.set(HEAPU8.subarray(ptr,ptr+len),voff);voff+=len}return FS.write(stream,view,0,total,offset)};function _fd_write(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doWritev(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var wasmTableMirror=[];var getWasmTableEntry=funcPtr=>{var func=wasmTableMirror[funcPtr];if(!func){wasmTableMirror[funcPtr]=func=wasmTable.get(funcPtr)}return func};var stringToUTF8=(str,outPtr,maxBytesToWrite)=>stringToUTF8Array(str,HEAPU8,outPtr,maxBytesToWrite);FS.createPreloadedFile=FS_createPreloadedFile;FS.preloadFile=FS_preloadFile;FS.staticInit();{if(Module["noExitRuntime"])noExitRuntime=Module["noExitRuntime"];if(Module["print"])out=Module["print"];if(Module["printErr"])err=Module["printErr"];if(Module["arguments"])programArgs=Module["arguments"];if(Module["thisProgram"])thisProgram=Module["thisProgram"];var preInit=Module["preInit"];if(preInit){if(typeof preInit=="function")Module["preInit"]=preInit=[preInit];while(preInit.length>0){preInit.shift()()}}}Module["getValue"]=getValue;Module["UTF8ToString"]=UTF8ToString;Module["stringToUTF8"]=stringToUTF8;Module["lengthBytesUTF8"]=lengthBytesUTF8;var _wasm_parse_query,_malloc,_free,_wasm_parse_query_raw,_wasm_free_parse_result,_wasm_parse_plpgsql,_wasm_fingerprint,_wasm_normalize_query,_wasm_parse_query_detailed,_wasm_free_detailed_result,_wasm_scan,_wasm_free_string,__emscripten_timeout,_setThrew,__emscripten_stack_restore,_emscripten_stack_get_current,memory,__indirect_function_table,wasmMemory,wasmTable;function assignWasmExports(wasmExports){_wasm_parse_query=Module["_wasm_parse_query"]=wasmExports["B"];_malloc=Module["_malloc"]=wasmExports["C"];_free=Module["_free"]=wasmExports["E"];_wasm_parse_query_raw=Module["_wasm_parse_query_raw"]=wasmExports["F"];_wasm_free_parse_result=Module["_wasm_free_parse_result"]=wasmExports["G"];_wasm_parse_plpgsql=Module["_wasm_parse_plpgsql"]=wasmExports["H"];_wasm_fingerprint=Module["_wasm_fingerprint"]=wasmExports["I"];_wasm_normalize_query=Module["_wasm_normalize_query"]=wasmExports["J"];_wasm_parse_query_detailed=Module["_wasm_parse_query_detailed"]=wasmExports["K"];_wasm_free_detailed_result=Module["_wasm_free_detailed_result"]=wasmExports["L"];_wasm_scan=Module["_wasm_scan"]=wasmExports["M"];_wasm_free_string=Module["_wasm_free_string"]=wasmExports["N"];__emscripten_timeout=wasmExports["O"];_setThrew=wasmExports["P"];__emscripten_stack_restore=wasmExports["Q"];_emscripten_stack_get_current=wasmExports["R"];memory=wasmMemory=wasmExports["z"];__indirect_function_table=wasmTable=wasmExports["D"]}var wasmImports={c:___assert_fail,x:__abort_js,w:__emscripten_runtime_keepalive_clear,p:__emscripten_throw_longjmp,o:__setitimer_js,q:_emscripten_resize_heap,m:_exit,u:_fd_close,r:_fd_read,s:_fd_seek,t:_fd_write,g:invoke_i,b:invoke_ii,a:invoke_iii,d:invoke_iiii,k:invoke_iiiii,l:invoke_ji,e:invoke_v,f:invoke_vi,h:invoke_vii,j:invoke_viii,i:invoke_viiii,y:invoke_viiiii,n:invoke_viiiiiiiiiiiii,v:_proc_exit};function invoke_iii(index,a1,a2){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ii(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_i(index){var sp=stackSave();try{return getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_v(index){var sp=stackSave();try{getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiii(index,a1,a2,a3){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiii(index,a1,a2,a3,a4){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiiiiiiiiiii(index,a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiiii(index,a1,a2,a3,a4){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viii(index,a1,a2,a3){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vi(index,a1){var sp=stackSave();try{getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vii(index,a1,a2){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiii(index,a1,a2,a3,a4,a5){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ji(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0);return 0n}}async function run(){preRun();if(runDependencies){await resolveRunDependencies()}var setStatus=Module["setStatus"];if(setStatus){setStatus("Running...");await new Promise(resolve=>setTimeout(resolve,1));setTimeout(setStatus,1,"")}if(ABORT)return;initRuntime();Module["onRuntimeInitialized"]?.();postRun()}var wasmExports;wasmExports=await createWasm();await run();
;return Module}})();if(true){module.exports=PgQueryModule;module.exports["default"]=PgQueryModule}else {}


/***/ }),

/***/ 706:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mw: () => (/* binding */ addRawStatements),
  cd: () => (/* binding */ initParser),
  UT: () => (/* binding */ makeStatement),
  eg: () => (/* binding */ parseSql),
  $K: () => (/* binding */ parsedToJson)
});

// UNUSED EXPORTS: LazyParsed, MAX_PARSE_CHARS, parsedFromJson, shortenMessage, splitStatements, withOffsetOf

// EXTERNAL MODULE: ./node_modules/libpg-query/wasm/libpg-query.js
var libpg_query = __nccwpck_require__(995);
var libpg_query_default = /*#__PURE__*/__nccwpck_require__.n(libpg_query);
;// CONCATENATED MODULE: ./src/parse/wasm.ts
/**
 * Our own glue to libpg-query's WASM build of PostgreSQL's parser (libpg_query, PostgreSQL 18):
 * the same exported C functions libpg-query's JS wrapper calls (`wasm_parse_query_raw`,
 * `wasm_parse_plpgsql`, `wasm_scan`), with the text crossing the boundary through Node's native
 * UTF-8 code instead of Emscripten's JS loops.
 *
 * Why (issue #16 §3): libpg-query's wrapper copies a text into WASM memory with Emscripten's
 * `stringToUTF8` (a JS loop per character) and reads the result back with `UTF8ToString`, which
 * scans byte by byte in JS for the terminating NUL before decoding. On the bench corpus (4,005
 * files, 4.2 MB of SQL, 16.8 MB of JSON parse trees) those loops cost ~110 ms of a cold lint;
 * here `TextEncoder.encodeInto`, `Uint8Array.indexOf(0)` and `TextDecoder` do the same work in
 * native code. `JSON.parse` of the trees stays: the WASM build prints only JSON.
 *
 * The module instance is ours alone (libpg-query's own wrapper is never loaded, so its WASM is not
 * compiled twice). Layouts read from WASM memory: libpg_query's pg_query.h —
 * PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error } and
 * PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos;
 * char *context } (wasm32: 4-byte pointers and ints).
 */
// The Emscripten loader (CommonJS, no types): a factory resolving to the module instance.
// @ts-expect-error -- libpg-query ships no declarations for its loader

/** A syntax error as PostgreSQL's parser reports it. */
class PgSyntaxError extends Error {
    /**
     * 0-based character (code point) offset of PostgreSQL's error cursor in the parsed text (its
     * `cursorpos` is 1-based; 0 when the error has none).
     */
    cursor;
    constructor(message, cursor) {
        super(message);
        this.name = 'PgSyntaxError';
        this.cursor = cursor;
    }
}
let wasm;
let loading;
/** Compiles and instantiates the WASM module once; every function below needs it (else throws "not initialized"). */
function loadParserModule() {
    loading ??= libpg_query_default()().then((m) => {
        wasm = m;
    });
    return loading;
}
function wasm_module() {
    if (!wasm)
        throw new Error('the SQL parser is not initialized: call initParser() first');
    return wasm;
}
const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Copies `text` into WASM memory as a NUL-terminated UTF-8 C string; the caller frees it. */
function toCString(m, text) {
    const bytes = Buffer.byteLength(text, 'utf8');
    const ptr = m._malloc(bytes + 1);
    if (!ptr)
        throw new Error(`the SQL parser could not allocate ${bytes + 1} bytes`);
    const heap = m.HEAPU8;
    encoder.encodeInto(text, heap.subarray(ptr, ptr + bytes));
    heap[ptr + bytes] = 0;
    return ptr;
}
/** The NUL-terminated UTF-8 C string at `ptr` ('' for a null pointer). */
function fromCString(m, ptr) {
    if (!ptr)
        return '';
    const heap = m.HEAPU8;
    const end = heap.indexOf(0, ptr);
    return decoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
}
/**
 * PostgreSQL's raw parse of `text` (one or more statements) as libpg_query's JSON parse tree,
 * parsed: `{ version, stmts: [{ stmt, stmt_location?, stmt_len? }] }` with byte offsets.
 * Throws PgSyntaxError when PostgreSQL rejects the text.
 */
function parseQuery(text) {
    const m = wasm_module();
    const input = toCString(m, text);
    let result = 0;
    try {
        result = m._wasm_parse_query_raw(input);
        if (!result)
            throw new Error('the SQL parser ran out of memory');
        const u32 = m.HEAPU32;
        const tree = u32[result >> 2];
        const error = u32[(result >> 2) + 2];
        if (error) {
            const message = fromCString(m, m.HEAPU32[error >> 2]) || 'unknown parser error';
            const cursorpos = m.HEAPU32[(error >> 2) + 4] | 0;
            throw new PgSyntaxError(message, cursorpos > 0 ? cursorpos - 1 : 0);
        }
        if (!tree)
            throw new Error('the SQL parser returned no parse tree');
        return JSON.parse(fromCString(m, tree));
    }
    finally {
        m._free(input);
        if (result)
            m._wasm_free_parse_result(result);
    }
}
/** Calls a libpg_query function that returns a malloc'd string (JSON, or an error message). */
function stringCall(fn, text) {
    const m = wasm_module();
    const input = toCString(m, text);
    let result = 0;
    try {
        result = fn(m, input);
        return fromCString(m, result);
    }
    finally {
        m._free(input);
        if (result)
            m._wasm_free_string(result);
    }
}
/**
 * PL/pgSQL's compile of a CREATE FUNCTION / DO statement's text (libpg_query's
 * pg_query_parse_plpgsql), parsed: `{ plpgsql_funcs: [{ PLpgSQL_function: … }] }`. Throws an
 * Error whose message is PL/pgSQL's (for example `syntax error at or near "x"`).
 */
function parsePlpgsql(text) {
    const out = stringCall((m, p) => m._wasm_parse_plpgsql(p), text);
    // Success is a JSON object; anything else is the error message.
    if (!out.startsWith('{'))
        throw new Error(out);
    return JSON.parse(out);
}
/** PostgreSQL's scanner over `text` (libpg_query's pg_query_scan). Throws when the text cannot be scanned. */
function scanTokens(text) {
    const out = stringCall((m, p) => m._wasm_scan(p), text);
    if (!out.startsWith('{'))
        throw new Error(out);
    return (JSON.parse(out).tokens ?? []);
}

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

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Errors that end a run with exit code 2 (usage, configuration, unreadable input): the message
 * is shown as is, never with a stack trace. Findings are not errors; they exit with 1.
 */
class errors_UsageError extends (/* unused pure expression or super */ null && (Error)) {
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
    /** Offsets where lines start; found on first use (a file whose findings are replayed from the lint cache never needs them). */
    #starts;
    constructor(text) {
        this.text = text;
    }
    get starts() {
        if (this.#starts)
            return this.#starts;
        const starts = [0];
        const text = this.text;
        let i = text.indexOf('\n');
        while (i >= 0) {
            starts.push(i + 1);
            i = text.indexOf('\n', i + 1);
        }
        return (this.#starts = starts);
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: o - starts[lo] + 1 };
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

;// CONCATENATED MODULE: ./src/parse/source.ts
/**
 * Where the characters of a text handed to libpg-query sit in the file (a verbatim slice, a
 * string constant's content through its escapes, a PL/pgSQL query matched token by token), and
 * PostgreSQL's parse errors with their cursor.
 */


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
function sqlErrorOf(e) {
    if (e instanceof PgSyntaxError)
        return { message: e.message, cursor: e.cursor };
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

;// CONCATENATED MODULE: ./src/parse/tokens.ts
/**
 * Tokens (from our lexer, string offsets) and the split of a text into statements at semicolons,
 * used when PostgreSQL rejects a text as a whole and to map PL/pgSQL queries back to the file.
 */

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

;// CONCATENATED MODULE: ./src/parse/plpgsql.ts
/**
 * PL/pgSQL bodies: the SQL a function or DO block runs (statements, PERFORM, FOR … IN query,
 * RETURN QUERY) as nested statements, mapped back to the file; and positions for PL/pgSQL's
 * position-less errors.
 */





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
            else if (key === 'PLpgSQL_stmt_block' && value?.['exceptions']) {
                // The block's body runs under its handlers; the handlers' own statements do not.
                const names = [];
                for (const e of (value['exceptions']?.['PLpgSQL_exception_block']?.['exc_list'] ?? [])) {
                    for (const c of (e['PLpgSQL_exception']?.['conditions'] ?? [])) {
                        const name = c['PLpgSQL_condition']?.['condname'];
                        if (typeof name === 'string')
                            names.push(name.toLowerCase());
                    }
                }
                this.walk(value['body'], { ...ctx, handled: [...(ctx.handled ?? []), ...names] });
                this.walk(value['exceptions'], ctx);
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
            parsed = parseQuery(query);
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
    const tokens = tokensOf(content)?.filter((t) => !t.comment);
    if (/at end of input/.test(message)) {
        const at = tokens ? incompleteExpressionEnd(stmtText, body, tokens, message) : undefined;
        return body.toFile(at ?? content.length);
    }
    const near = /at or near "(.*)"$/.exec(message)?.[1] ?? /"([^"]+)"/.exec(message)?.[1];
    if (!tokens || tokens.length === 0) {
        const at = near ? content.indexOf(near) : -1;
        return body.toFile(at >= 0 ? at : firstToken);
    }
    const fails = (upTo) => {
        const cut = body.toRaw(tokens[upTo].end);
        const truncated = stmtText.slice(0, cut) + stmtText.slice(body.rawEnd);
        return plpgsqlErrorOf(truncated) === message;
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
    while (s >= 0 && !PLPGSQL_SEPARATOR.test(tokens[s].text))
        s--;
    const sqlStart = s >= 0 ? tokens[s].end : 0;
    const sqlEnd = tokens[r].text === ';' ? tokens[r].start : tokens[r].end;
    const sql = content.slice(sqlStart, sqlEnd);
    try {
        parseQuery(sql);
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
/** PL/pgSQL statements whose expression follows a keyword: `RETURN 1 +`, `IF a = THEN`, `WHILE … LOOP`. */
const EXPRESSION_AFTER = /^(RETURN|PERFORM|IF|ELSIF|ELSEIF|WHILE|WHEN)$/i;
/** What ends a PL/pgSQL statement or the expression in one. */
const PLPGSQL_SEPARATOR = /^(;|BEGIN|THEN|ELSE|LOOP|DECLARE)$/i;
/**
 * "syntax error at end of input" raised for an expression or SQL statement inside the body:
 * PL/pgSQL cuts it at its terminator (`;`, THEN, LOOP) and PostgreSQL's parser finds it
 * incomplete (`RETURN 1 +;`, `IF a = THEN`, `UPDATE t SET a = ;`). PostgreSQL then points just
 * past its last character (measured: test/parse/plpgsql-positions.test.ts, on both engines); a
 * body that itself ends too early (a missing END IF) is not this case (undefined: the body's end).
 *
 * Each piece between separators is parsed as PL/pgSQL would check it ("SELECT expr" after RETURN,
 * PERFORM, IF, an assignment; the piece itself for a SQL statement); the first that is
 * incomplete is the error when putting NULL in place of every incomplete piece makes the body
 * compile, or fail differently.
 */
function incompleteExpressionEnd(stmtText, body, tokens, message) {
    const content = body.content;
    const pieces = [];
    let from = 0;
    for (let i = 0; i <= tokens.length; i++) {
        if (i < tokens.length && !PLPGSQL_SEPARATOR.test(tokens[i].text))
            continue;
        const piece = tokens.slice(from, i);
        from = i + 1;
        if (piece.length === 0)
            continue;
        // The expression: after the statement's keyword or the assignment's ":=" / "=", else the statement itself.
        let k = 0;
        if (EXPRESSION_AFTER.test(piece[0].text))
            k = 1;
        else if (piece.length > 2 && (piece[1].text === ':=' || piece[1].text === '='))
            k = 2;
        if (k >= piece.length)
            continue;
        const start = piece[k].start;
        const end = piece[piece.length - 1].end;
        const text = content.slice(start, end);
        try {
            parseQuery(k > 0 ? `SELECT ${text}` : text);
        }
        catch (e) {
            if (sqlErrorOf(e)?.message === 'syntax error at end of input')
                pieces.push({ start, end });
        }
    }
    if (pieces.length === 0)
        return undefined;
    let fixed = stmtText.slice(0, body.rawStart);
    let at = 0;
    for (const p of pieces) {
        fixed += stmtText.slice(body.toRaw(at), body.toRaw(p.start)) + 'NULL';
        at = p.end;
    }
    fixed += stmtText.slice(body.toRaw(at));
    return plpgsqlErrorOf(fixed) === message ? undefined : pieces[0].end;
}
/** PL/pgSQL's error message for a CREATE FUNCTION / DO text, or undefined when it compiles. */
function plpgsqlErrorOf(stmtText) {
    try {
        parsePlpgsql(stmtText);
        return undefined;
    }
    catch (e) {
        return e instanceof Error ? e.message : String(e);
    }
}

;// CONCATENATED MODULE: ./src/parse/body.ts
/**
 * Bodies of DO blocks, functions and procedures: SQL-standard bodies (BEGIN ATOMIC, RETURN), LANGUAGE
 * sql bodies and PL/pgSQL (plpgsql.ts), located in the file so that the statements inside become
 * `nested` statements with exact offsets.
 */





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
            res = parseQuery(bodyValue);
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
        funcs = parsePlpgsql(stmtText);
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






/** Loads the WASM module once (wasm.ts keeps it); every parse function below needs it. */
function initParser() {
    return loadParserModule();
}
const TOP = { via: 'top', inLoop: false, loopCommits: false };
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
function parseSql(input) {
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
        const res = parseQuery(text);
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
            const res = parseQuery(chunkText);
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
 * A parse done when first read: `statements` or `errors` parse `text` (parseSql; the parser must be
 * loaded) the first time either is read. The lint cache (src/lint/cache.ts) gives files this, so
 * a file whose findings it holds is never parsed unless something reads its statements.
 * `pending` is true until then.
 */
class LazyParsed {
    text;
    done;
    constructor(text) {
        this.text = text;
    }
    get pending() {
        return this.done === undefined;
    }
    get statements() {
        return (this.done ??= parseSql(this.text)).statements;
    }
    get errors() {
        return (this.done ??= parseSql(this.text)).errors;
    }
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


/***/ }),

/***/ 417:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _wasm_location_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(475);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _parser_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(706);
/**
 * Entry of dist/parse-worker.js: a worker thread that parses SQL texts for the main thread
 * (see pool.ts). First out: `{ ready }`; then for each `{ texts }` in, one `{ results }` out (each
 * parse as JSON text, see parsedToJson) or `{ error }`.
 */



await (0,_parser_js__WEBPACK_IMPORTED_MODULE_2__/* .initParser */ .cd)();
const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
if (!port)
    throw new Error('parse-worker.js runs as a worker thread');
port.on('message', ({ texts }) => {
    try {
        port.postMessage({ results: texts.map((t) => (0,_parser_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedToJson */ .$K)((0,_parser_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSql */ .eg)(t))) });
    }
    catch (e) {
        port.postMessage({ error: e instanceof Error ? e.message : String(e) });
    }
});
port.postMessage({ ready: true });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 475:
/***/ (() => {


;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/wasm-location.ts
/**
 * In the ncc bundle, libpg-query's Emscripten loader looks for libpg-query.wasm next to
 * `__dirname`, which ES modules do not define. Point it at the bundle's directory, where the
 * build copies the .wasm. Must be imported before anything that loads libpg-query.
 */


const g = globalThis;
g.__dirname ??= (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(417);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
