// generated from spec/codex-api.asyncapi.yaml — do not edit. Run `npm run codegen` to regenerate.
// @ts-nocheck — the compiled validator code below is ajv's output; the typed exports at the end are checked.
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
"use strict";
export const rawAnswerFrame = validate11;
const schema12 = {"type":"object","additionalProperties":false,"required":["type","promptId"],"properties":{"type":{"const":"answer"},"id":{"$ref":"#/definitions/ClientFrameId"},"sessionId":{"$ref":"#/definitions/Id"},"promptId":{"$ref":"#/definitions/Id"},"action":{"type":"string","enum":["accept","decline","cancel"]},"answers":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string","maxLength":4096}}},"content":{"type":"object","additionalProperties":true}}};
const schema14 = {"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"};
const schema13 = {"oneOf":[{"$ref":"#/definitions/Id"},{"type":"integer"}]};
const func2 = require("ajv/dist/runtime/ucs2length.js").default;
const pattern0 = new RegExp("^[^\\u0000-\\u001f\\u007f]+$", "u");

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data === "string"){
if((data.length > 256 && func2(data) > 256)){
const err0 = {instancePath,schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if((data.length < 1 || (data.length < 2 && func2(data) < 1))){
const err1 = {instancePath,schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(!pattern0.test(data)){
const err2 = {instancePath,schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err4 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate12.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate12.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.promptId === undefined) && (missing0 = "promptId"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "promptId")) || (key0 === "action")) || (key0 === "answers")) || (key0 === "content"))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("answer" !== data.type){
validate11.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "answer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate11.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate11.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate11.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.promptId !== undefined){
let data3 = data.promptId;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if((data3.length > 256 && func2(data3) > 256)){
validate11.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data3.length < 1 || (data3.length < 2 && func2(data3) < 1))){
validate11.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data3)){
validate11.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.action !== undefined){
let data4 = data.action;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate11.errors = [{instancePath:instancePath+"/action",schemaPath:"#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "accept") || (data4 === "decline")) || (data4 === "cancel"))){
validate11.errors = [{instancePath:instancePath+"/action",schemaPath:"#/properties/action/enum",keyword:"enum",params:{allowedValues: schema12.properties.action.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.answers !== undefined){
let data5 = data.answers;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
let data6 = data5[key1];
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data6)){
var valid4 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if((data7.length > 4096 && func2(data7) > 4096)){
validate11.errors = [{instancePath:instancePath+"/answers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/answers/additionalProperties/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/answers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/answers/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs17 === errors;
if(!valid4){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/answers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/answers/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/answers",schemaPath:"#/properties/answers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data8 = data.content;
const _errs19 = errors;
if(errors === _errs19){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
}
else {
validate11.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
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
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

export const rawApproveFrame = validate14;
const schema17 = {"type":"object","additionalProperties":false,"required":["type","commandId","decision"],"properties":{"type":{"const":"approve"},"id":{"$ref":"#/definitions/ClientFrameId"},"sessionId":{"$ref":"#/definitions/Id"},"commandId":{"$ref":"#/definitions/Id"},"decision":{"$ref":"#/definitions/Decision"},"explanation":{"type":"string","maxLength":65536}}};
const schema20 = {"type":"string","enum":["allow","allow_for_session","deny","deny_and_stop"]};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.commandId === undefined) && (missing0 = "commandId"))) || ((data.decision === undefined) && (missing0 = "decision"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "commandId")) || (key0 === "decision")) || (key0 === "explanation"))){
validate14.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("approve" !== data.type){
validate14.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "approve"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate14.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate14.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate14.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commandId !== undefined){
let data3 = data.commandId;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if((data3.length > 256 && func2(data3) > 256)){
validate14.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data3.length < 1 || (data3.length < 2 && func2(data3) < 1))){
validate14.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data3)){
validate14.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.decision !== undefined){
let data4 = data.decision;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate14.errors = [{instancePath:instancePath+"/decision",schemaPath:"#/definitions/Decision/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data4 === "allow") || (data4 === "allow_for_session")) || (data4 === "deny")) || (data4 === "deny_and_stop"))){
validate14.errors = [{instancePath:instancePath+"/decision",schemaPath:"#/definitions/Decision/enum",keyword:"enum",params:{allowedValues: schema20.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.explanation !== undefined){
let data5 = data.explanation;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if((data5.length > 65536 && func2(data5) > 65536)){
validate14.errors = [{instancePath:instancePath+"/explanation",schemaPath:"#/properties/explanation/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters"}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/explanation",schemaPath:"#/properties/explanation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
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
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

export const rawCancelFrame = validate16;
const schema21 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"cancel"},"id":{"$ref":"#/definitions/ClientFrameId"},"sessionId":{"$ref":"#/definitions/Id"},"turnId":{"type":"string"}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "turnId"))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("cancel" !== data.type){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "cancel"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate16.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate16.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate16.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnId !== undefined){
const _errs7 = errors;
if(typeof data.turnId !== "string"){
validate16.errors = [{instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

export const rawClientFrame = validate18;
const schema23 = {"oneOf":[{"$ref":"#/definitions/OpenSessionFrame"},{"$ref":"#/definitions/UserMessageFrame"},{"$ref":"#/definitions/ApproveFrame"},{"$ref":"#/definitions/AnswerFrame"},{"$ref":"#/definitions/CancelFrame"},{"$ref":"#/definitions/ClientHeartbeatFrame"},{"$ref":"#/definitions/ReviewFrame"},{"$ref":"#/definitions/CompactFrame"},{"$ref":"#/definitions/ForkSessionFrame"},{"$ref":"#/definitions/RollbackFrame"}]};
const schema24 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"open_session"},"id":{"$ref":"#/definitions/ClientFrameId"},"sessionId":{"$ref":"#/definitions/Id"},"lastSeq":{"$ref":"#/definitions/Seq"},"protocolVersion":{"$ref":"#/definitions/ProtocolVersion"},"configOverrides":{"$ref":"#/definitions/ConfigOverrides"}}};
const schema26 = {"type":"integer","minimum":0};
const schema27 = {"type":"string","pattern":"^[0-9]+(\\.[0-9]+){0,2}$"};
const schema28 = {"type":"object","additionalProperties":false,"properties":{"model":{"type":"string","minLength":1,"maxLength":200},"approvalPolicy":{"$ref":"#/definitions/ApprovalPolicy"},"reasoningEffort":{"$ref":"#/definitions/ReasoningEffort"},"sandbox":{"$ref":"#/definitions/SandboxMode"},"cwd":{"type":"string","minLength":1,"maxLength":4096},"instructions":{"type":"string","maxLength":65536},"outputSchema":{"oneOf":[{"type":"object","additionalProperties":true},{"type":"null"}]}}};
const schema29 = {"type":"string","enum":["untrusted","on-request","never","suggest","auto-edit","full-auto"]};
const schema30 = {"type":"string","enum":["none","minimal","low","medium","high","xhigh"]};
const schema31 = {"type":"string","enum":["read-only","workspace-write","danger-full-access"]};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "model") || (key0 === "approvalPolicy")) || (key0 === "reasoningEffort")) || (key0 === "sandbox")) || (key0 === "cwd")) || (key0 === "instructions")) || (key0 === "outputSchema"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.model !== undefined){
let data0 = data.model;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if((data0.length > 200 && func2(data0) > 200)){
validate21.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if((data0.length < 1 || (data0.length < 2 && func2(data0) < 1))){
validate21.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.approvalPolicy !== undefined){
let data1 = data.approvalPolicy;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate21.errors = [{instancePath:instancePath+"/approvalPolicy",schemaPath:"#/definitions/ApprovalPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data1 === "untrusted") || (data1 === "on-request")) || (data1 === "never")) || (data1 === "suggest")) || (data1 === "auto-edit")) || (data1 === "full-auto"))){
validate21.errors = [{instancePath:instancePath+"/approvalPolicy",schemaPath:"#/definitions/ApprovalPolicy/enum",keyword:"enum",params:{allowedValues: schema29.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reasoningEffort !== undefined){
let data2 = data.reasoningEffort;
const _errs7 = errors;
if(typeof data2 !== "string"){
validate21.errors = [{instancePath:instancePath+"/reasoningEffort",schemaPath:"#/definitions/ReasoningEffort/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data2 === "none") || (data2 === "minimal")) || (data2 === "low")) || (data2 === "medium")) || (data2 === "high")) || (data2 === "xhigh"))){
validate21.errors = [{instancePath:instancePath+"/reasoningEffort",schemaPath:"#/definitions/ReasoningEffort/enum",keyword:"enum",params:{allowedValues: schema30.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sandbox !== undefined){
let data3 = data.sandbox;
const _errs10 = errors;
if(typeof data3 !== "string"){
validate21.errors = [{instancePath:instancePath+"/sandbox",schemaPath:"#/definitions/SandboxMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "read-only") || (data3 === "workspace-write")) || (data3 === "danger-full-access"))){
validate21.errors = [{instancePath:instancePath+"/sandbox",schemaPath:"#/definitions/SandboxMode/enum",keyword:"enum",params:{allowedValues: schema31.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cwd !== undefined){
let data4 = data.cwd;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data4 === "string"){
if((data4.length > 4096 && func2(data4) > 4096)){
validate21.errors = [{instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if((data4.length < 1 || (data4.length < 2 && func2(data4) < 1))){
validate21.errors = [{instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instructions !== undefined){
let data5 = data.instructions;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data5 === "string"){
if((data5.length > 65536 && func2(data5) > 65536)){
validate21.errors = [{instancePath:instancePath+"/instructions",schemaPath:"#/properties/instructions/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/instructions",schemaPath:"#/properties/instructions/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outputSchema !== undefined){
let data6 = data.outputSchema;
const _errs17 = errors;
const _errs18 = errors;
let valid4 = false;
let passing0 = null;
const _errs19 = errors;
if(errors === _errs19){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
}
else {
const err0 = {instancePath:instancePath+"/outputSchema",schemaPath:"#/properties/outputSchema/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs19 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs22 = errors;
if(data6 !== null){
const err1 = {instancePath:instancePath+"/outputSchema",schemaPath:"#/properties/outputSchema/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err2 = {instancePath:instancePath+"/outputSchema",schemaPath:"#/properties/outputSchema/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs17 === errors;
}
else {
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
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

const pattern7 = new RegExp("^[0-9]+(\\.[0-9]+){0,2}$", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "lastSeq")) || (key0 === "protocolVersion")) || (key0 === "configOverrides"))){
validate19.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("open_session" !== data.type){
validate19.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "open_session"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate19.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate19.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate19.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastSeq !== undefined){
let data3 = data.lastSeq;
const _errs7 = errors;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate19.errors = [{instancePath:instancePath+"/lastSeq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate19.errors = [{instancePath:instancePath+"/lastSeq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.protocolVersion !== undefined){
let data4 = data.protocolVersion;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
validate19.errors = [{instancePath:instancePath+"/protocolVersion",schemaPath:"#/definitions/ProtocolVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+){0,2}$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+){0,2}$"+"\""}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/protocolVersion",schemaPath:"#/definitions/ProtocolVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.configOverrides !== undefined){
const _errs13 = errors;
if(!(validate21(data.configOverrides, {instancePath:instancePath+"/configOverrides",parentData:data,parentDataProperty:"configOverrides",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
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
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

const schema32 = {"type":"object","additionalProperties":false,"required":["type","content"],"properties":{"type":{"const":"user_message"},"id":{"$ref":"#/definitions/ClientFrameId"},"sessionId":{"$ref":"#/definitions/Id"},"content":{"type":"string"},"imagePaths":{"type":"array","maxItems":32,"items":{"type":"string","minLength":1,"maxLength":4096}},"images":{"type":"array","maxItems":32,"items":{"$ref":"#/definitions/ImageInput"}},"configOverrides":{"$ref":"#/definitions/ConfigOverrides"},"expectedTurnId":{"type":"string","minLength":1,"maxLength":256},"trace":{"$ref":"#/definitions/TraceContext"}}};
const schema34 = {"oneOf":[{"type":"object","additionalProperties":false,"required":["dataUrl"],"properties":{"dataUrl":{"type":"string","pattern":"^data:image/[a-zA-Z0-9.+-]+;base64,"}}},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"maxLength":4096}}}]};
const schema35 = {"type":"object","additionalProperties":false,"required":["traceparent"],"properties":{"traceparent":{"type":"string","pattern":"^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"},"tracestate":{"type":"string","maxLength":512,"pattern":"^[\\x20-\\x7e]*$"}}};
const func23 = Object.prototype.hasOwnProperty;
const pattern9 = new RegExp("^data:image/[a-zA-Z0-9.+-]+;base64,", "u");
const pattern10 = new RegExp("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$", "u");
const pattern11 = new RegExp("^[\\x20-\\x7e]*$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.content === undefined) && (missing0 = "content"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema32.properties, key0))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("user_message" !== data.type){
validate24.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "user_message"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate24.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate24.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate24.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
const _errs7 = errors;
if(typeof data.content !== "string"){
validate24.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.imagePaths !== undefined){
let data4 = data.imagePaths;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
if(data4.length > 32){
validate24.errors = [{instancePath:instancePath+"/imagePaths",schemaPath:"#/properties/imagePaths/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs11 = errors;
if(errors === _errs11){
if(typeof data5 === "string"){
if((data5.length > 4096 && func2(data5) > 4096)){
validate24.errors = [{instancePath:instancePath+"/imagePaths/" + i0,schemaPath:"#/properties/imagePaths/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if((data5.length < 1 || (data5.length < 2 && func2(data5) < 1))){
validate24.errors = [{instancePath:instancePath+"/imagePaths/" + i0,schemaPath:"#/properties/imagePaths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/imagePaths/" + i0,schemaPath:"#/properties/imagePaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/imagePaths",schemaPath:"#/properties/imagePaths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.images !== undefined){
let data6 = data.images;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
if(data6.length > 32){
validate24.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs15 = errors;
const _errs17 = errors;
let valid5 = false;
let passing0 = null;
const _errs18 = errors;
if(errors === _errs18){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing1;
if((data7.dataUrl === undefined) && (missing1 = "dataUrl")){
const err0 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs20 = errors;
for(const key1 in data7){
if(!(key1 === "dataUrl")){
const err1 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs20 === errors){
if(data7.dataUrl !== undefined){
let data8 = data7.dataUrl;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(!pattern9.test(data8)){
const err2 = {instancePath:instancePath+"/images/" + i1+"/dataUrl",schemaPath:"#/definitions/ImageInput/oneOf/0/properties/dataUrl/pattern",keyword:"pattern",params:{pattern: "^data:image/[a-zA-Z0-9.+-]+;base64,"},message:"must match pattern \""+"^data:image/[a-zA-Z0-9.+-]+;base64,"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/images/" + i1+"/dataUrl",schemaPath:"#/definitions/ImageInput/oneOf/0/properties/dataUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs18 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs23 = errors;
if(errors === _errs23){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((data7.path === undefined) && (missing2 = "path")){
const err5 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
const _errs25 = errors;
for(const key2 in data7){
if(!(key2 === "path")){
const err6 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
}
if(_errs25 === errors){
if(data7.path !== undefined){
let data9 = data7.path;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data9 === "string"){
if((data9.length > 4096 && func2(data9) > 4096)){
const err7 = {instancePath:instancePath+"/images/" + i1+"/path",schemaPath:"#/definitions/ImageInput/oneOf/1/properties/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if((data9.length < 1 || (data9.length < 2 && func2(data9) < 1))){
const err8 = {instancePath:instancePath+"/images/" + i1+"/path",schemaPath:"#/definitions/ImageInput/oneOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/images/" + i1+"/path",schemaPath:"#/definitions/ImageInput/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid0 = _errs23 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err11 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.configOverrides !== undefined){
const _errs28 = errors;
if(!(validate21(data.configOverrides, {instancePath:instancePath+"/configOverrides",parentData:data,parentDataProperty:"configOverrides",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expectedTurnId !== undefined){
let data11 = data.expectedTurnId;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data11 === "string"){
if((data11.length > 256 && func2(data11) > 256)){
validate24.errors = [{instancePath:instancePath+"/expectedTurnId",schemaPath:"#/properties/expectedTurnId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data11.length < 1 || (data11.length < 2 && func2(data11) < 1))){
validate24.errors = [{instancePath:instancePath+"/expectedTurnId",schemaPath:"#/properties/expectedTurnId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/expectedTurnId",schemaPath:"#/properties/expectedTurnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trace !== undefined){
let data12 = data.trace;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing3;
if((data12.traceparent === undefined) && (missing3 = "traceparent")){
validate24.errors = [{instancePath:instancePath+"/trace",schemaPath:"#/definitions/TraceContext/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key3 in data12){
if(!((key3 === "traceparent") || (key3 === "tracestate"))){
validate24.errors = [{instancePath:instancePath+"/trace",schemaPath:"#/definitions/TraceContext/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data12.traceparent !== undefined){
let data13 = data12.traceparent;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data13 === "string"){
if(!pattern10.test(data13)){
validate24.errors = [{instancePath:instancePath+"/trace/traceparent",schemaPath:"#/definitions/TraceContext/properties/traceparent/pattern",keyword:"pattern",params:{pattern: "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"},message:"must match pattern \""+"^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/trace/traceparent",schemaPath:"#/definitions/TraceContext/properties/traceparent/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs35 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data12.tracestate !== undefined){
let data14 = data12.tracestate;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data14 === "string"){
if((data14.length > 512 && func2(data14) > 512)){
validate24.errors = [{instancePath:instancePath+"/trace/tracestate",schemaPath:"#/definitions/TraceContext/properties/tracestate/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(!pattern11.test(data14)){
validate24.errors = [{instancePath:instancePath+"/trace/tracestate",schemaPath:"#/definitions/TraceContext/properties/tracestate/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7e]*$"},message:"must match pattern \""+"^[\\x20-\\x7e]*$"+"\""}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/trace/tracestate",schemaPath:"#/definitions/TraceContext/properties/tracestate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs37 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/trace",schemaPath:"#/definitions/TraceContext/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
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
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}

const schema36 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"heartbeat"},"id":{"$ref":"#/definitions/ClientFrameId"},"sessionId":{"$ref":"#/definitions/Id"},"sentAtMs":{"type":"integer","minimum":0}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "sentAtMs"))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("heartbeat" !== data.type){
validate31.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "heartbeat"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate31.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate31.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate31.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sentAtMs !== undefined){
let data3 = data.sentAtMs;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate31.errors = [{instancePath:instancePath+"/sentAtMs",schemaPath:"#/properties/sentAtMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate31.errors = [{instancePath:instancePath+"/sentAtMs",schemaPath:"#/properties/sentAtMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}

const schema38 = {"type":"object","additionalProperties":false,"required":["type","target"],"properties":{"type":{"const":"review"},"id":{"$ref":"#/definitions/ClientFrameId"},"sessionId":{"$ref":"#/definitions/Id"},"target":{"$ref":"#/definitions/ReviewTarget"}}};
const schema40 = {"oneOf":[{"$ref":"#/definitions/UncommittedChangesTarget"},{"$ref":"#/definitions/BaseBranchTarget"},{"$ref":"#/definitions/CommitTarget"},{"$ref":"#/definitions/CustomReviewTarget"}],"type":"object","discriminator":{"propertyName":"type"}};
const schema41 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"uncommitted_changes"}}};
const schema42 = {"type":"object","additionalProperties":false,"required":["type","branch"],"properties":{"type":{"const":"base_branch"},"branch":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[A-Za-z0-9_./][A-Za-z0-9_./+@-]*$"}}};
const schema43 = {"type":"object","additionalProperties":false,"required":["type","sha"],"properties":{"type":{"const":"commit"},"sha":{"type":"string","pattern":"^[0-9a-fA-F]{4,64}$"},"title":{"type":"string","maxLength":1000}}};
const schema44 = {"type":"object","additionalProperties":false,"required":["type","instructions"],"properties":{"type":{"const":"custom"},"instructions":{"type":"string","minLength":1,"maxLength":65536}}};
const pattern14 = new RegExp("^[A-Za-z0-9_./][A-Za-z0-9_./+@-]*$", "u");
const pattern15 = new RegExp("^[0-9a-fA-F]{4,64}$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "uncommitted_changes"){
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate36.errors = [{instancePath,schemaPath:"#/definitions/UncommittedChangesTarget/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key0 in data){
if(!(key0 === "type")){
validate36.errors = [{instancePath,schemaPath:"#/definitions/UncommittedChangesTarget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data.type !== undefined){
if("uncommitted_changes" !== data.type){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/UncommittedChangesTarget/properties/type/const",keyword:"const",params:{allowedValue: "uncommitted_changes"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/definitions/UncommittedChangesTarget/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "base_branch"){
const _errs8 = errors;
if(errors === _errs8){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.branch === undefined) && (missing1 = "branch"))){
validate36.errors = [{instancePath,schemaPath:"#/definitions/BaseBranchTarget/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data){
if(!((key1 === "type") || (key1 === "branch"))){
validate36.errors = [{instancePath,schemaPath:"#/definitions/BaseBranchTarget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data.type !== undefined){
const _errs11 = errors;
if("base_branch" !== data.type){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/BaseBranchTarget/properties/type/const",keyword:"const",params:{allowedValue: "base_branch"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs11 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.branch !== undefined){
let data2 = data.branch;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate36.errors = [{instancePath:instancePath+"/branch",schemaPath:"#/definitions/BaseBranchTarget/properties/branch/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate36.errors = [{instancePath:instancePath+"/branch",schemaPath:"#/definitions/BaseBranchTarget/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern14.test(data2)){
validate36.errors = [{instancePath:instancePath+"/branch",schemaPath:"#/definitions/BaseBranchTarget/properties/branch/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_./][A-Za-z0-9_./+@-]*$"},message:"must match pattern \""+"^[A-Za-z0-9_./][A-Za-z0-9_./+@-]*$"+"\""}];
return false;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/branch",schemaPath:"#/definitions/BaseBranchTarget/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs12 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/definitions/BaseBranchTarget/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "commit"){
const _errs15 = errors;
if(errors === _errs15){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.type === undefined) && (missing2 = "type")) || ((data.sha === undefined) && (missing2 = "sha"))){
validate36.errors = [{instancePath,schemaPath:"#/definitions/CommitTarget/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs17 = errors;
for(const key2 in data){
if(!(((key2 === "type") || (key2 === "sha")) || (key2 === "title"))){
validate36.errors = [{instancePath,schemaPath:"#/definitions/CommitTarget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs17 === errors){
if(data.type !== undefined){
const _errs18 = errors;
if("commit" !== data.type){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/CommitTarget/properties/type/const",keyword:"const",params:{allowedValue: "commit"},message:"must be equal to constant"}];
return false;
}
var valid9 = _errs18 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.sha !== undefined){
let data4 = data.sha;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data4 === "string"){
if(!pattern15.test(data4)){
validate36.errors = [{instancePath:instancePath+"/sha",schemaPath:"#/definitions/CommitTarget/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{4,64}$"},message:"must match pattern \""+"^[0-9a-fA-F]{4,64}$"+"\""}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/sha",schemaPath:"#/definitions/CommitTarget/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs19 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.title !== undefined){
let data5 = data.title;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data5 === "string"){
if((data5.length > 1000 && func2(data5) > 1000)){
validate36.errors = [{instancePath:instancePath+"/title",schemaPath:"#/definitions/CommitTarget/properties/title/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/title",schemaPath:"#/definitions/CommitTarget/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs21 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/definitions/CommitTarget/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "custom"){
const _errs24 = errors;
if(errors === _errs24){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.type === undefined) && (missing3 = "type")) || ((data.instructions === undefined) && (missing3 = "instructions"))){
validate36.errors = [{instancePath,schemaPath:"#/definitions/CustomReviewTarget/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs26 = errors;
for(const key3 in data){
if(!((key3 === "type") || (key3 === "instructions"))){
validate36.errors = [{instancePath,schemaPath:"#/definitions/CustomReviewTarget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs26 === errors){
if(data.type !== undefined){
const _errs27 = errors;
if("custom" !== data.type){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/CustomReviewTarget/properties/type/const",keyword:"const",params:{allowedValue: "custom"},message:"must be equal to constant"}];
return false;
}
var valid12 = _errs27 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.instructions !== undefined){
let data7 = data.instructions;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data7 === "string"){
if((data7.length > 65536 && func2(data7) > 65536)){
validate36.errors = [{instancePath:instancePath+"/instructions",schemaPath:"#/definitions/CustomReviewTarget/properties/instructions/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters"}];
return false;
}
else {
if((data7.length < 1 || (data7.length < 2 && func2(data7) < 1))){
validate36.errors = [{instancePath:instancePath+"/instructions",schemaPath:"#/definitions/CustomReviewTarget/properties/instructions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/instructions",schemaPath:"#/definitions/CustomReviewTarget/properties/instructions/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs28 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/definitions/CustomReviewTarget/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.target === undefined) && (missing0 = "target"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "target"))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("review" !== data.type){
validate34.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "review"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate34.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate34.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate34.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.target !== undefined){
const _errs7 = errors;
if(!(validate36(data.target, {instancePath:instancePath+"/target",parentData:data,parentDataProperty:"target",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

const schema45 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"compact"},"id":{"$ref":"#/definitions/ClientFrameId"},"sessionId":{"$ref":"#/definitions/Id"}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "id")) || (key0 === "sessionId"))){
validate39.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("compact" !== data.type){
validate39.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "compact"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate39.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate39.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate39.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}

const schema47 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"fork_session"},"id":{"$ref":"#/definitions/ClientFrameId"},"sessionId":{"$ref":"#/definitions/Id"},"atTurnId":{"type":"string","minLength":1,"maxLength":256},"newSessionId":{"$ref":"#/definitions/Id"}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "atTurnId")) || (key0 === "newSessionId"))){
validate42.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("fork_session" !== data.type){
validate42.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "fork_session"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate42.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate42.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate42.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.atTurnId !== undefined){
let data3 = data.atTurnId;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if((data3.length > 256 && func2(data3) > 256)){
validate42.errors = [{instancePath:instancePath+"/atTurnId",schemaPath:"#/properties/atTurnId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data3.length < 1 || (data3.length < 2 && func2(data3) < 1))){
validate42.errors = [{instancePath:instancePath+"/atTurnId",schemaPath:"#/properties/atTurnId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/atTurnId",schemaPath:"#/properties/atTurnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.newSessionId !== undefined){
let data4 = data.newSessionId;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if((data4.length > 256 && func2(data4) > 256)){
validate42.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data4.length < 1 || (data4.length < 2 && func2(data4) < 1))){
validate42.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate42.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}

const schema50 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"rollback"},"id":{"$ref":"#/definitions/ClientFrameId"},"sessionId":{"$ref":"#/definitions/Id"},"beforeTurnId":{"type":"string","minLength":1,"maxLength":256},"turns":{"type":"integer","minimum":1,"maximum":10000}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "beforeTurnId")) || (key0 === "turns"))){
validate45.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("rollback" !== data.type){
validate45.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "rollback"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate45.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate45.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate45.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate45.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.beforeTurnId !== undefined){
let data3 = data.beforeTurnId;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if((data3.length > 256 && func2(data3) > 256)){
validate45.errors = [{instancePath:instancePath+"/beforeTurnId",schemaPath:"#/properties/beforeTurnId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data3.length < 1 || (data3.length < 2 && func2(data3) < 1))){
validate45.errors = [{instancePath:instancePath+"/beforeTurnId",schemaPath:"#/properties/beforeTurnId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate45.errors = [{instancePath:instancePath+"/beforeTurnId",schemaPath:"#/properties/beforeTurnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turns !== undefined){
let data4 = data.turns;
const _errs9 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate45.errors = [{instancePath:instancePath+"/turns",schemaPath:"#/properties/turns/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 10000 || isNaN(data4)){
validate45.errors = [{instancePath:instancePath+"/turns",schemaPath:"#/properties/turns/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate45.errors = [{instancePath:instancePath+"/turns",schemaPath:"#/properties/turns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate19(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs3 = errors;
if(!(validate14(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs4 = errors;
if(!(validate11(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
const _errs5 = errors;
if(!(validate16(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
}
const _errs6 = errors;
if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
}
const _errs7 = errors;
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 6];
}
else {
if(_valid0){
valid0 = true;
passing0 = 6;
}
const _errs8 = errors;
if(!(validate39(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 7];
}
else {
if(_valid0){
valid0 = true;
passing0 = 7;
}
const _errs9 = errors;
if(!(validate42(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 8];
}
else {
if(_valid0){
valid0 = true;
passing0 = 8;
}
const _errs10 = errors;
if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 9];
}
else {
if(_valid0){
valid0 = true;
passing0 = 9;
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
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate18.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate18.errors = vErrors;
return errors === 0;
}

export const rawClientHeartbeatFrame = validate48;

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate48.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "sentAtMs"))){
validate48.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("heartbeat" !== data.type){
validate48.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "heartbeat"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate48.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate48.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate48.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sentAtMs !== undefined){
let data3 = data.sentAtMs;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate48.errors = [{instancePath:instancePath+"/sentAtMs",schemaPath:"#/properties/sentAtMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate48.errors = [{instancePath:instancePath+"/sentAtMs",schemaPath:"#/properties/sentAtMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate48.errors = vErrors;
return errors === 0;
}

export const rawCommandPromptFrame = validate50;
const schema54 = {"type":"object","additionalProperties":false,"required":["type","seq","sessionId","turnId","commandId","kind","itemId","command","explanation","decisions","timeoutMs","expiresAt"],"properties":{"type":{"const":"command_prompt"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"turnId":{"type":"string"},"commandId":{"$ref":"#/definitions/Id"},"kind":{"type":"string","enum":["command","file_change","permissions"]},"itemId":{"type":"string"},"command":{"type":"array","items":{"type":"string"}},"commandLine":{"type":"string"},"cwd":{"type":"string"},"explanation":{"type":"string"},"changes":{"type":"array","items":{"$ref":"#/definitions/FileChange"}},"permissions":{"type":"object","additionalProperties":false,"properties":{"network":{"type":"boolean"},"readPaths":{"type":"array","items":{"type":"string"}},"writePaths":{"type":"array","items":{"type":"string"}}}},"decisions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/Decision"}},"timeoutMs":{"$ref":"#/definitions/DurationMs"},"expiresAt":{"type":"string","format":"date-time"}}};
const schema58 = {"type":"object","additionalProperties":false,"required":["path","kind","diff"],"properties":{"path":{"type":"string"},"kind":{"type":"string","enum":["add","delete","update"]},"movePath":{"oneOf":[{"type":"string"},{"type":"null"}]},"diff":{"type":"string"}}};
const schema60 = {"type":"integer","minimum":0};
const func0 = require("ajv/dist/runtime/equal.js").default;
const formats0 = require("ajv-formats/dist/formats.js").fullFormats["date-time"];

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.turnId === undefined) && (missing0 = "turnId"))) || ((data.commandId === undefined) && (missing0 = "commandId"))) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.itemId === undefined) && (missing0 = "itemId"))) || ((data.command === undefined) && (missing0 = "command"))) || ((data.explanation === undefined) && (missing0 = "explanation"))) || ((data.decisions === undefined) && (missing0 = "decisions"))) || ((data.timeoutMs === undefined) && (missing0 = "timeoutMs"))) || ((data.expiresAt === undefined) && (missing0 = "expiresAt"))){
validate50.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema54.properties, key0))){
validate50.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("command_prompt" !== data.type){
validate50.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "command_prompt"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate50.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate50.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate50.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate50.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate50.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnId !== undefined){
const _errs9 = errors;
if(typeof data.turnId !== "string"){
validate50.errors = [{instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commandId !== undefined){
let data4 = data.commandId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if((data4.length > 256 && func2(data4) > 256)){
validate50.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data4.length < 1 || (data4.length < 2 && func2(data4) < 1))){
validate50.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate50.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data5 = data.kind;
const _errs14 = errors;
if(typeof data5 !== "string"){
validate50.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data5 === "command") || (data5 === "file_change")) || (data5 === "permissions"))){
validate50.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema54.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.itemId !== undefined){
const _errs16 = errors;
if(typeof data.itemId !== "string"){
validate50.errors = [{instancePath:instancePath+"/itemId",schemaPath:"#/properties/itemId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.command !== undefined){
let data7 = data.command;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data7)){
var valid4 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs20 = errors;
if(typeof data7[i0] !== "string"){
validate50.errors = [{instancePath:instancePath+"/command/" + i0,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs20 === errors;
if(!valid4){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commandLine !== undefined){
const _errs22 = errors;
if(typeof data.commandLine !== "string"){
validate50.errors = [{instancePath:instancePath+"/commandLine",schemaPath:"#/properties/commandLine/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cwd !== undefined){
const _errs24 = errors;
if(typeof data.cwd !== "string"){
validate50.errors = [{instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.explanation !== undefined){
const _errs26 = errors;
if(typeof data.explanation !== "string"){
validate50.errors = [{instancePath:instancePath+"/explanation",schemaPath:"#/properties/explanation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.changes !== undefined){
let data12 = data.changes;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data12)){
var valid5 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing1;
if((((data13.path === undefined) && (missing1 = "path")) || ((data13.kind === undefined) && (missing1 = "kind"))) || ((data13.diff === undefined) && (missing1 = "diff"))){
validate50.errors = [{instancePath:instancePath+"/changes/" + i1,schemaPath:"#/definitions/FileChange/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs33 = errors;
for(const key1 in data13){
if(!((((key1 === "path") || (key1 === "kind")) || (key1 === "movePath")) || (key1 === "diff"))){
validate50.errors = [{instancePath:instancePath+"/changes/" + i1,schemaPath:"#/definitions/FileChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs33 === errors){
if(data13.path !== undefined){
const _errs34 = errors;
if(typeof data13.path !== "string"){
validate50.errors = [{instancePath:instancePath+"/changes/" + i1+"/path",schemaPath:"#/definitions/FileChange/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.kind !== undefined){
let data15 = data13.kind;
const _errs36 = errors;
if(typeof data15 !== "string"){
validate50.errors = [{instancePath:instancePath+"/changes/" + i1+"/kind",schemaPath:"#/definitions/FileChange/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data15 === "add") || (data15 === "delete")) || (data15 === "update"))){
validate50.errors = [{instancePath:instancePath+"/changes/" + i1+"/kind",schemaPath:"#/definitions/FileChange/properties/kind/enum",keyword:"enum",params:{allowedValues: schema58.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs36 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.movePath !== undefined){
let data16 = data13.movePath;
const _errs38 = errors;
const _errs39 = errors;
let valid8 = false;
let passing0 = null;
const _errs40 = errors;
if(typeof data16 !== "string"){
const err0 = {instancePath:instancePath+"/changes/" + i1+"/movePath",schemaPath:"#/definitions/FileChange/properties/movePath/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs40 === errors;
if(_valid0){
valid8 = true;
passing0 = 0;
}
const _errs42 = errors;
if(data16 !== null){
const err1 = {instancePath:instancePath+"/changes/" + i1+"/movePath",schemaPath:"#/definitions/FileChange/properties/movePath/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs42 === errors;
if(_valid0 && valid8){
valid8 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid8 = true;
passing0 = 1;
}
}
if(!valid8){
const err2 = {instancePath:instancePath+"/changes/" + i1+"/movePath",schemaPath:"#/definitions/FileChange/properties/movePath/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate50.errors = vErrors;
return false;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs38 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.diff !== undefined){
const _errs44 = errors;
if(typeof data13.diff !== "string"){
validate50.errors = [{instancePath:instancePath+"/changes/" + i1+"/diff",schemaPath:"#/definitions/FileChange/properties/diff/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs44 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/changes/" + i1,schemaPath:"#/definitions/FileChange/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs30 === errors;
if(!valid5){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.permissions !== undefined){
let data18 = data.permissions;
const _errs46 = errors;
if(errors === _errs46){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
const _errs48 = errors;
for(const key2 in data18){
if(!(((key2 === "network") || (key2 === "readPaths")) || (key2 === "writePaths"))){
validate50.errors = [{instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs48 === errors){
if(data18.network !== undefined){
const _errs49 = errors;
if(typeof data18.network !== "boolean"){
validate50.errors = [{instancePath:instancePath+"/permissions/network",schemaPath:"#/properties/permissions/properties/network/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid9 = _errs49 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data18.readPaths !== undefined){
let data20 = data18.readPaths;
const _errs51 = errors;
if(errors === _errs51){
if(Array.isArray(data20)){
var valid10 = true;
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
const _errs53 = errors;
if(typeof data20[i2] !== "string"){
validate50.errors = [{instancePath:instancePath+"/permissions/readPaths/" + i2,schemaPath:"#/properties/permissions/properties/readPaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs53 === errors;
if(!valid10){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/permissions/readPaths",schemaPath:"#/properties/permissions/properties/readPaths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs51 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data18.writePaths !== undefined){
let data22 = data18.writePaths;
const _errs55 = errors;
if(errors === _errs55){
if(Array.isArray(data22)){
var valid11 = true;
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
const _errs57 = errors;
if(typeof data22[i3] !== "string"){
validate50.errors = [{instancePath:instancePath+"/permissions/writePaths/" + i3,schemaPath:"#/properties/permissions/properties/writePaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs57 === errors;
if(!valid11){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/permissions/writePaths",schemaPath:"#/properties/permissions/properties/writePaths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs55 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.decisions !== undefined){
let data24 = data.decisions;
const _errs59 = errors;
if(errors === _errs59){
if(Array.isArray(data24)){
if(data24.length < 1){
validate50.errors = [{instancePath:instancePath+"/decisions",schemaPath:"#/properties/decisions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid12 = true;
const len4 = data24.length;
for(let i4=0; i4<len4; i4++){
let data25 = data24[i4];
const _errs61 = errors;
if(typeof data25 !== "string"){
validate50.errors = [{instancePath:instancePath+"/decisions/" + i4,schemaPath:"#/definitions/Decision/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data25 === "allow") || (data25 === "allow_for_session")) || (data25 === "deny")) || (data25 === "deny_and_stop"))){
validate50.errors = [{instancePath:instancePath+"/decisions/" + i4,schemaPath:"#/definitions/Decision/enum",keyword:"enum",params:{allowedValues: schema20.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs61 === errors;
if(!valid12){
break;
}
}
if(valid12){
let i5 = data24.length;
let j0;
if(i5 > 1){
outer0:
for(;i5--;){
for(j0 = i5; j0--;){
if(func0(data24[i5], data24[j0])){
validate50.errors = [{instancePath:instancePath+"/decisions",schemaPath:"#/properties/decisions/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i5+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/decisions",schemaPath:"#/properties/decisions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs59 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeoutMs !== undefined){
let data26 = data.timeoutMs;
const _errs64 = errors;
const _errs65 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
validate50.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs65){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
validate50.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expiresAt !== undefined){
let data27 = data.expiresAt;
const _errs67 = errors;
if(errors === _errs67){
if(errors === _errs67){
if(typeof data27 === "string"){
if(!(formats0.validate(data27))){
validate50.errors = [{instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate50.errors = [{instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs67 === errors;
}
else {
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
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}

export const rawCompactFrame = validate51;

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate51.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "id")) || (key0 === "sessionId"))){
validate51.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("compact" !== data.type){
validate51.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "compact"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate51.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate51.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate51.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate51.errors = vErrors;
return errors === 0;
}

export const rawErrorFrame = validate53;
const schema63 = {"type":"object","additionalProperties":false,"required":["type","seq","code","message","retryable"],"properties":{"type":{"const":"error"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"code":{"$ref":"#/definitions/ErrorCode"},"message":{"type":"string"},"retryable":{"type":"boolean"},"path":{"type":"string"},"inReplyTo":{"$ref":"#/definitions/ClientFrameId"},"frameType":{"type":"string"},"commandId":{"$ref":"#/definitions/Id"},"promptId":{"$ref":"#/definitions/Id"},"turnId":{"type":"string"},"retryAfterMs":{"$ref":"#/definitions/DurationMs"},"attempt":{"type":"integer","minimum":1}}};
const schema66 = {"type":"string","enum":["invalid_json","invalid_frame","unknown_frame_type","frame_too_large","truncated","unsupported_media_type","unsupported_protocol_version","no_session","session_mismatch","session_expired","turn_in_progress","turn_not_steerable","command_not_found","command_already_resolved","decision_not_offered","approval_timeout","question_not_found","question_already_resolved","question_timeout","invalid_answer","path_not_allowed","override_not_allowed","engine_unavailable","engine_error","model_error","model_unavailable","overloaded","rate_limited","unauthorized","shutting_down","internal","turn_not_found","session_exists"]};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.code === undefined) && (missing0 = "code"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.retryable === undefined) && (missing0 = "retryable"))){
validate53.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema63.properties, key0))){
validate53.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("error" !== data.type){
validate53.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate53.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate53.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate53.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate53.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate53.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
let data3 = data.code;
const _errs9 = errors;
if(typeof data3 !== "string"){
validate53.errors = [{instancePath:instancePath+"/code",schemaPath:"#/definitions/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((((((((((((((((((((((((data3 === "invalid_json") || (data3 === "invalid_frame")) || (data3 === "unknown_frame_type")) || (data3 === "frame_too_large")) || (data3 === "truncated")) || (data3 === "unsupported_media_type")) || (data3 === "unsupported_protocol_version")) || (data3 === "no_session")) || (data3 === "session_mismatch")) || (data3 === "session_expired")) || (data3 === "turn_in_progress")) || (data3 === "turn_not_steerable")) || (data3 === "command_not_found")) || (data3 === "command_already_resolved")) || (data3 === "decision_not_offered")) || (data3 === "approval_timeout")) || (data3 === "question_not_found")) || (data3 === "question_already_resolved")) || (data3 === "question_timeout")) || (data3 === "invalid_answer")) || (data3 === "path_not_allowed")) || (data3 === "override_not_allowed")) || (data3 === "engine_unavailable")) || (data3 === "engine_error")) || (data3 === "model_error")) || (data3 === "model_unavailable")) || (data3 === "overloaded")) || (data3 === "rate_limited")) || (data3 === "unauthorized")) || (data3 === "shutting_down")) || (data3 === "internal")) || (data3 === "turn_not_found")) || (data3 === "session_exists"))){
validate53.errors = [{instancePath:instancePath+"/code",schemaPath:"#/definitions/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema66.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs12 = errors;
if(typeof data.message !== "string"){
validate53.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retryable !== undefined){
const _errs14 = errors;
if(typeof data.retryable !== "boolean"){
validate53.errors = [{instancePath:instancePath+"/retryable",schemaPath:"#/properties/retryable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
const _errs16 = errors;
if(typeof data.path !== "string"){
validate53.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inReplyTo !== undefined){
const _errs18 = errors;
if(!(validate12(data.inReplyTo, {instancePath:instancePath+"/inReplyTo",parentData:data,parentDataProperty:"inReplyTo",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.frameType !== undefined){
const _errs19 = errors;
if(typeof data.frameType !== "string"){
validate53.errors = [{instancePath:instancePath+"/frameType",schemaPath:"#/properties/frameType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commandId !== undefined){
let data9 = data.commandId;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data9 === "string"){
if((data9.length > 256 && func2(data9) > 256)){
validate53.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data9.length < 1 || (data9.length < 2 && func2(data9) < 1))){
validate53.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data9)){
validate53.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/commandId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.promptId !== undefined){
let data10 = data.promptId;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data10 === "string"){
if((data10.length > 256 && func2(data10) > 256)){
validate53.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data10.length < 1 || (data10.length < 2 && func2(data10) < 1))){
validate53.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data10)){
validate53.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnId !== undefined){
const _errs27 = errors;
if(typeof data.turnId !== "string"){
validate53.errors = [{instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retryAfterMs !== undefined){
let data12 = data.retryAfterMs;
const _errs29 = errors;
const _errs30 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate53.errors = [{instancePath:instancePath+"/retryAfterMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs30){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate53.errors = [{instancePath:instancePath+"/retryAfterMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attempt !== undefined){
let data13 = data.attempt;
const _errs32 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate53.errors = [{instancePath:instancePath+"/attempt",schemaPath:"#/properties/attempt/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs32){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
validate53.errors = [{instancePath:instancePath+"/attempt",schemaPath:"#/properties/attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs32 === errors;
}
else {
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
}
else {
validate53.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate53.errors = vErrors;
return errors === 0;
}

export const rawForkSessionFrame = validate55;

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate55.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "atTurnId")) || (key0 === "newSessionId"))){
validate55.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("fork_session" !== data.type){
validate55.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "fork_session"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate55.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate55.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate55.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.atTurnId !== undefined){
let data3 = data.atTurnId;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if((data3.length > 256 && func2(data3) > 256)){
validate55.errors = [{instancePath:instancePath+"/atTurnId",schemaPath:"#/properties/atTurnId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data3.length < 1 || (data3.length < 2 && func2(data3) < 1))){
validate55.errors = [{instancePath:instancePath+"/atTurnId",schemaPath:"#/properties/atTurnId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/atTurnId",schemaPath:"#/properties/atTurnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.newSessionId !== undefined){
let data4 = data.newSessionId;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if((data4.length > 256 && func2(data4) > 256)){
validate55.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data4.length < 1 || (data4.length < 2 && func2(data4) < 1))){
validate55.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate55.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}

export const rawHttpError = validate57;
const schema73 = {"type":"object","additionalProperties":false,"required":["error"],"properties":{"error":{"type":"object","additionalProperties":false,"required":["code","message"],"properties":{"code":{"$ref":"#/definitions/HttpErrorCode"},"message":{"type":"string"},"retryAfterMs":{"$ref":"#/definitions/DurationMs"},"supported":{"type":"array","items":{"type":"string"}}}}},"examples":[{"error":{"code":"unauthorized","message":"send Authorization: Bearer <token> (the server's CODEX_API_TOKEN)"}},{"error":{"code":"overloaded","message":"this connection has 100 open agent streams (maxStreamsPerConnection); close one or open another connection","retryAfterMs":1000}}]};
const schema74 = {"type":"string","enum":["unauthorized","not_found","method_not_allowed","invalid_header","unsupported_media_type","overloaded","shutting_down","internal"]};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate57.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "error")){
validate57.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.error !== undefined){
let data0 = data.error;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.code === undefined) && (missing1 = "code")) || ((data0.message === undefined) && (missing1 = "message"))){
validate57.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key1 in data0){
if(!((((key1 === "code") || (key1 === "message")) || (key1 === "retryAfterMs")) || (key1 === "supported"))){
validate57.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data0.code !== undefined){
let data1 = data0.code;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate57.errors = [{instancePath:instancePath+"/error/code",schemaPath:"#/definitions/HttpErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data1 === "unauthorized") || (data1 === "not_found")) || (data1 === "method_not_allowed")) || (data1 === "invalid_header")) || (data1 === "unsupported_media_type")) || (data1 === "overloaded")) || (data1 === "shutting_down")) || (data1 === "internal"))){
validate57.errors = [{instancePath:instancePath+"/error/code",schemaPath:"#/definitions/HttpErrorCode/enum",keyword:"enum",params:{allowedValues: schema74.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.message !== undefined){
const _errs8 = errors;
if(typeof data0.message !== "string"){
validate57.errors = [{instancePath:instancePath+"/error/message",schemaPath:"#/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.retryAfterMs !== undefined){
let data3 = data0.retryAfterMs;
const _errs10 = errors;
const _errs11 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate57.errors = [{instancePath:instancePath+"/error/retryAfterMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate57.errors = [{instancePath:instancePath+"/error/retryAfterMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.supported !== undefined){
let data4 = data0.supported;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data4)){
var valid4 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs15 = errors;
if(typeof data4[i0] !== "string"){
validate57.errors = [{instancePath:instancePath+"/error/supported/" + i0,schemaPath:"#/properties/error/properties/supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs15 === errors;
if(!valid4){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/error/supported",schemaPath:"#/properties/error/properties/supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate57.errors = vErrors;
return errors === 0;
}

export const rawItemFrame = validate58;
const schema76 = {"oneOf":[{"$ref":"#/definitions/ItemStartedFrame"},{"$ref":"#/definitions/ItemDeltaFrame"},{"$ref":"#/definitions/ItemCompletedFrame"}],"type":"object","discriminator":{"propertyName":"event"}};
const schema77 = {"type":"object","additionalProperties":false,"required":["type","seq","sessionId","turnId","event","item"],"properties":{"type":{"const":"item"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"turnId":{"type":"string"},"event":{"const":"started"},"item":{"$ref":"#/definitions/Item"},"responseItem":{"$ref":"#/definitions/ResponsesApiItem"}}};
const schema80 = {"oneOf":[{"$ref":"#/definitions/AgentMessageItem"},{"$ref":"#/definitions/ReasoningItem"},{"$ref":"#/definitions/CommandExecutionItem"},{"$ref":"#/definitions/FileChangeItem"},{"$ref":"#/definitions/ToolCallItem"},{"$ref":"#/definitions/WebSearchItem"},{"$ref":"#/definitions/PlanItem"},{"$ref":"#/definitions/UserMessageItem"},{"$ref":"#/definitions/OtherItem"}],"type":"object","discriminator":{"propertyName":"type"}};
const schema93 = {"type":"object","additionalProperties":false,"required":["type","id","text"],"properties":{"type":{"const":"agent_message"},"id":{"type":"string"},"text":{"type":"string"}}};
const schema94 = {"type":"object","additionalProperties":false,"required":["type","id","summary","content"],"properties":{"type":{"const":"reasoning"},"id":{"type":"string"},"summary":{"type":"array","items":{"type":"string"}},"content":{"type":"array","items":{"type":"string"}}}};
const schema95 = {"type":"object","additionalProperties":false,"required":["type","id","query"],"properties":{"type":{"const":"web_search"},"id":{"type":"string"},"query":{"oneOf":[{"type":"string"},{"type":"null"}]},"url":{"oneOf":[{"type":"string"},{"type":"null"}]}}};
const schema96 = {"type":"object","additionalProperties":false,"required":["type","id","text","steps"],"properties":{"type":{"const":"plan"},"id":{"type":"string"},"text":{"type":"string"},"steps":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["step","status"],"properties":{"step":{"type":"string"},"status":{"type":"string","enum":["pending","in_progress","completed"]}}}}}};
const schema97 = {"type":"object","additionalProperties":false,"required":["type","id","engineType"],"properties":{"type":{"const":"other"},"id":{"type":"string"},"engineType":{"type":"string"},"summary":{"type":"string"}}};
const schema81 = {"type":"object","additionalProperties":false,"required":["type","id","command","commandLine","cwd","status","exitCode","output","durationMs"],"properties":{"type":{"const":"command_execution"},"id":{"type":"string"},"command":{"type":"array","items":{"type":"string"}},"commandLine":{"type":"string"},"cwd":{"type":"string"},"status":{"$ref":"#/definitions/ItemStatus"},"exitCode":{"oneOf":[{"type":"integer"},{"type":"null"}]},"output":{"type":"string"},"durationMs":{"oneOf":[{"$ref":"#/definitions/DurationMs"},{"type":"null"}]},"processId":{"oneOf":[{"type":"string"},{"type":"null"}]}}};
const schema82 = {"type":"string","enum":["in_progress","completed","failed","declined"]};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.command === undefined) && (missing0 = "command"))) || ((data.commandLine === undefined) && (missing0 = "commandLine"))) || ((data.cwd === undefined) && (missing0 = "cwd"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.exitCode === undefined) && (missing0 = "exitCode"))) || ((data.output === undefined) && (missing0 = "output"))) || ((data.durationMs === undefined) && (missing0 = "durationMs"))){
validate61.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema81.properties, key0))){
validate61.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("command_execution" !== data.type){
validate61.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "command_execution"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate61.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.command !== undefined){
let data2 = data.command;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(typeof data2[i0] !== "string"){
validate61.errors = [{instancePath:instancePath+"/command/" + i0,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate61.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commandLine !== undefined){
const _errs9 = errors;
if(typeof data.commandLine !== "string"){
validate61.errors = [{instancePath:instancePath+"/commandLine",schemaPath:"#/properties/commandLine/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cwd !== undefined){
const _errs11 = errors;
if(typeof data.cwd !== "string"){
validate61.errors = [{instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data6 = data.status;
const _errs13 = errors;
if(typeof data6 !== "string"){
validate61.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/ItemStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data6 === "in_progress") || (data6 === "completed")) || (data6 === "failed")) || (data6 === "declined"))){
validate61.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/ItemStatus/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exitCode !== undefined){
let data7 = data.exitCode;
const _errs16 = errors;
const _errs17 = errors;
let valid3 = false;
let passing0 = null;
const _errs18 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err0 = {instancePath:instancePath+"/exitCode",schemaPath:"#/properties/exitCode/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs20 = errors;
if(data7 !== null){
const err1 = {instancePath:instancePath+"/exitCode",schemaPath:"#/properties/exitCode/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err2 = {instancePath:instancePath+"/exitCode",schemaPath:"#/properties/exitCode/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate61.errors = vErrors;
return false;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output !== undefined){
const _errs22 = errors;
if(typeof data.output !== "string"){
validate61.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.durationMs !== undefined){
let data9 = data.durationMs;
const _errs24 = errors;
const _errs25 = errors;
let valid4 = false;
let passing1 = null;
const _errs26 = errors;
const _errs27 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err3 = {instancePath:instancePath+"/durationMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(errors === _errs27){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err4 = {instancePath:instancePath+"/durationMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var _valid1 = _errs26 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs29 = errors;
if(data9 !== null){
const err5 = {instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs29 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err6 = {instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate61.errors = vErrors;
return false;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.processId !== undefined){
let data10 = data.processId;
const _errs31 = errors;
const _errs32 = errors;
let valid6 = false;
let passing2 = null;
const _errs33 = errors;
if(typeof data10 !== "string"){
const err7 = {instancePath:instancePath+"/processId",schemaPath:"#/properties/processId/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs33 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs35 = errors;
if(data10 !== null){
const err8 = {instancePath:instancePath+"/processId",schemaPath:"#/properties/processId/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid2 = _errs35 === errors;
if(_valid2 && valid6){
valid6 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid6 = true;
passing2 = 1;
}
}
if(!valid6){
const err9 = {instancePath:instancePath+"/processId",schemaPath:"#/properties/processId/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate61.errors = vErrors;
return false;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs31 === errors;
}
else {
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
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}

const schema84 = {"type":"object","additionalProperties":false,"required":["type","id","status","changes"],"properties":{"type":{"const":"file_change"},"id":{"type":"string"},"status":{"$ref":"#/definitions/ItemStatus"},"changes":{"type":"array","items":{"$ref":"#/definitions/FileChange"}}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.changes === undefined) && (missing0 = "changes"))){
validate62.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "id")) || (key0 === "status")) || (key0 === "changes"))){
validate62.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("file_change" !== data.type){
validate62.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "file_change"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate62.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data2 = data.status;
const _errs5 = errors;
if(typeof data2 !== "string"){
validate62.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/ItemStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "in_progress") || (data2 === "completed")) || (data2 === "failed")) || (data2 === "declined"))){
validate62.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/ItemStatus/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.changes !== undefined){
let data3 = data.changes;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((((data4.path === undefined) && (missing1 = "path")) || ((data4.kind === undefined) && (missing1 = "kind"))) || ((data4.diff === undefined) && (missing1 = "diff"))){
validate62.errors = [{instancePath:instancePath+"/changes/" + i0,schemaPath:"#/definitions/FileChange/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data4){
if(!((((key1 === "path") || (key1 === "kind")) || (key1 === "movePath")) || (key1 === "diff"))){
validate62.errors = [{instancePath:instancePath+"/changes/" + i0,schemaPath:"#/definitions/FileChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data4.path !== undefined){
const _errs14 = errors;
if(typeof data4.path !== "string"){
validate62.errors = [{instancePath:instancePath+"/changes/" + i0+"/path",schemaPath:"#/definitions/FileChange/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.kind !== undefined){
let data6 = data4.kind;
const _errs16 = errors;
if(typeof data6 !== "string"){
validate62.errors = [{instancePath:instancePath+"/changes/" + i0+"/kind",schemaPath:"#/definitions/FileChange/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data6 === "add") || (data6 === "delete")) || (data6 === "update"))){
validate62.errors = [{instancePath:instancePath+"/changes/" + i0+"/kind",schemaPath:"#/definitions/FileChange/properties/kind/enum",keyword:"enum",params:{allowedValues: schema58.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.movePath !== undefined){
let data7 = data4.movePath;
const _errs18 = errors;
const _errs19 = errors;
let valid5 = false;
let passing0 = null;
const _errs20 = errors;
if(typeof data7 !== "string"){
const err0 = {instancePath:instancePath+"/changes/" + i0+"/movePath",schemaPath:"#/definitions/FileChange/properties/movePath/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs22 = errors;
if(data7 !== null){
const err1 = {instancePath:instancePath+"/changes/" + i0+"/movePath",schemaPath:"#/definitions/FileChange/properties/movePath/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err2 = {instancePath:instancePath+"/changes/" + i0+"/movePath",schemaPath:"#/definitions/FileChange/properties/movePath/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate62.errors = vErrors;
return false;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.diff !== undefined){
const _errs24 = errors;
if(typeof data4.diff !== "string"){
validate62.errors = [{instancePath:instancePath+"/changes/" + i0+"/diff",schemaPath:"#/definitions/FileChange/properties/diff/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
else {
validate62.errors = [{instancePath:instancePath+"/changes/" + i0,schemaPath:"#/definitions/FileChange/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
else {
validate62.errors = [{instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate62.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate62.errors = vErrors;
return errors === 0;
}

const schema87 = {"type":"object","additionalProperties":false,"required":["type","id","tool","arguments","status","result","error"],"properties":{"type":{"const":"tool_call"},"id":{"type":"string"},"server":{"oneOf":[{"type":"string"},{"type":"null"}]},"tool":{"type":"string"},"arguments":{"$ref":"#/definitions/JsonValue"},"status":{"$ref":"#/definitions/ItemStatus"},"result":{"$ref":"#/definitions/JsonValue"},"error":{"oneOf":[{"type":"string"},{"type":"null"}]},"durationMs":{"oneOf":[{"$ref":"#/definitions/DurationMs"},{"type":"null"}]}}};
const schema88 = {"type":["object","array","string","number","integer","boolean","null"]};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.tool === undefined) && (missing0 = "tool"))) || ((data.arguments === undefined) && (missing0 = "arguments"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.result === undefined) && (missing0 = "result"))) || ((data.error === undefined) && (missing0 = "error"))){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema87.properties, key0))){
validate63.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("tool_call" !== data.type){
validate63.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "tool_call"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate63.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.server !== undefined){
let data2 = data.server;
const _errs5 = errors;
const _errs6 = errors;
let valid1 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err0 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs9 = errors;
if(data2 !== null){
const err1 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err2 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate63.errors = vErrors;
return false;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool !== undefined){
const _errs11 = errors;
if(typeof data.tool !== "string"){
validate63.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arguments !== undefined){
let data4 = data.arguments;
const _errs13 = errors;
if((((typeof data4 != "object") && (typeof data4 !== "string")) && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
validate63.errors = [{instancePath:instancePath+"/arguments",schemaPath:"#/definitions/JsonValue/type",keyword:"type",params:{type: schema88.type},message:"must be object,array,string,number,integer,boolean,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data5 = data.status;
const _errs16 = errors;
if(typeof data5 !== "string"){
validate63.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/ItemStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data5 === "in_progress") || (data5 === "completed")) || (data5 === "failed")) || (data5 === "declined"))){
validate63.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/ItemStatus/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.result !== undefined){
let data6 = data.result;
const _errs19 = errors;
if((((typeof data6 != "object") && (typeof data6 !== "string")) && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){
validate63.errors = [{instancePath:instancePath+"/result",schemaPath:"#/definitions/JsonValue/type",keyword:"type",params:{type: schema88.type},message:"must be object,array,string,number,integer,boolean,null"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data7 = data.error;
const _errs22 = errors;
const _errs23 = errors;
let valid5 = false;
let passing1 = null;
const _errs24 = errors;
if(typeof data7 !== "string"){
const err3 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs24 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs26 = errors;
if(data7 !== null){
const err4 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs26 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err5 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate63.errors = vErrors;
return false;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.durationMs !== undefined){
let data8 = data.durationMs;
const _errs28 = errors;
const _errs29 = errors;
let valid6 = false;
let passing2 = null;
const _errs30 = errors;
const _errs31 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err6 = {instancePath:instancePath+"/durationMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors === _errs31){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err7 = {instancePath:instancePath+"/durationMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid2 = _errs30 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs33 = errors;
if(data8 !== null){
const err8 = {instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid2 = _errs33 === errors;
if(_valid2 && valid6){
valid6 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid6 = true;
passing2 = 1;
}
}
if(!valid6){
const err9 = {instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate63.errors = vErrors;
return false;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs28 === errors;
}
else {
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
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}

const schema92 = {"type":"object","additionalProperties":false,"required":["type","id","text"],"properties":{"type":{"const":"user_message"},"id":{"type":"string"},"text":{"type":"string"},"imageCount":{"type":"integer","minimum":0},"inReplyTo":{"$ref":"#/definitions/ClientFrameId"}}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.text === undefined) && (missing0 = "text"))){
validate64.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "id")) || (key0 === "text")) || (key0 === "imageCount")) || (key0 === "inReplyTo"))){
validate64.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("user_message" !== data.type){
validate64.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "user_message"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate64.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs5 = errors;
if(typeof data.text !== "string"){
validate64.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.imageCount !== undefined){
let data3 = data.imageCount;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate64.errors = [{instancePath:instancePath+"/imageCount",schemaPath:"#/properties/imageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate64.errors = [{instancePath:instancePath+"/imageCount",schemaPath:"#/properties/imageCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inReplyTo !== undefined){
const _errs9 = errors;
if(!(validate12(data.inReplyTo, {instancePath:instancePath+"/inReplyTo",parentData:data,parentDataProperty:"inReplyTo",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate64.errors = vErrors;
return errors === 0;
}


function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "agent_message"){
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.text === undefined) && (missing0 = "text"))){
validate60.errors = [{instancePath,schemaPath:"#/definitions/AgentMessageItem/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "id")) || (key0 === "text"))){
validate60.errors = [{instancePath,schemaPath:"#/definitions/AgentMessageItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data.type !== undefined){
const _errs6 = errors;
if("agent_message" !== data.type){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/AgentMessageItem/properties/type/const",keyword:"const",params:{allowedValue: "agent_message"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs6 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.id !== undefined){
const _errs7 = errors;
if(typeof data.id !== "string"){
validate60.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/AgentMessageItem/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.text !== undefined){
const _errs9 = errors;
if(typeof data.text !== "string"){
validate60.errors = [{instancePath:instancePath+"/text",schemaPath:"#/definitions/AgentMessageItem/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/definitions/AgentMessageItem/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "reasoning"){
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((((data.type === undefined) && (missing1 = "type")) || ((data.id === undefined) && (missing1 = "id"))) || ((data.summary === undefined) && (missing1 = "summary"))) || ((data.content === undefined) && (missing1 = "content"))){
validate60.errors = [{instancePath,schemaPath:"#/definitions/ReasoningItem/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data){
if(!((((key1 === "type") || (key1 === "id")) || (key1 === "summary")) || (key1 === "content"))){
validate60.errors = [{instancePath,schemaPath:"#/definitions/ReasoningItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data.type !== undefined){
const _errs15 = errors;
if("reasoning" !== data.type){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/ReasoningItem/properties/type/const",keyword:"const",params:{allowedValue: "reasoning"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.id !== undefined){
const _errs16 = errors;
if(typeof data.id !== "string"){
validate60.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/ReasoningItem/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs16 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.summary !== undefined){
let data5 = data.summary;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data5)){
var valid7 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs20 = errors;
if(typeof data5[i0] !== "string"){
validate60.errors = [{instancePath:instancePath+"/summary/" + i0,schemaPath:"#/definitions/ReasoningItem/properties/summary/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs20 === errors;
if(!valid7){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/definitions/ReasoningItem/properties/summary/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs18 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.content !== undefined){
let data7 = data.content;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data7)){
var valid8 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
const _errs24 = errors;
if(typeof data7[i1] !== "string"){
validate60.errors = [{instancePath:instancePath+"/content/" + i1,schemaPath:"#/definitions/ReasoningItem/properties/content/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs24 === errors;
if(!valid8){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/content",schemaPath:"#/definitions/ReasoningItem/properties/content/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/definitions/ReasoningItem/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "command_execution"){
if(!(validate61(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
else if(tag0 === "file_change"){
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
else if(tag0 === "tool_call"){
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
else if(tag0 === "web_search"){
const _errs30 = errors;
if(errors === _errs30){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((data.type === undefined) && (missing2 = "type")) || ((data.id === undefined) && (missing2 = "id"))) || ((data.query === undefined) && (missing2 = "query"))){
validate60.errors = [{instancePath,schemaPath:"#/definitions/WebSearchItem/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs32 = errors;
for(const key2 in data){
if(!((((key2 === "type") || (key2 === "id")) || (key2 === "query")) || (key2 === "url"))){
validate60.errors = [{instancePath,schemaPath:"#/definitions/WebSearchItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs32 === errors){
if(data.type !== undefined){
const _errs33 = errors;
if("web_search" !== data.type){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/WebSearchItem/properties/type/const",keyword:"const",params:{allowedValue: "web_search"},message:"must be equal to constant"}];
return false;
}
var valid14 = _errs33 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.id !== undefined){
const _errs34 = errors;
if(typeof data.id !== "string"){
validate60.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/WebSearchItem/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs34 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.query !== undefined){
let data11 = data.query;
const _errs36 = errors;
const _errs37 = errors;
let valid15 = false;
let passing0 = null;
const _errs38 = errors;
if(typeof data11 !== "string"){
const err0 = {instancePath:instancePath+"/query",schemaPath:"#/definitions/WebSearchItem/properties/query/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs38 === errors;
if(_valid0){
valid15 = true;
passing0 = 0;
}
const _errs40 = errors;
if(data11 !== null){
const err1 = {instancePath:instancePath+"/query",schemaPath:"#/definitions/WebSearchItem/properties/query/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs40 === errors;
if(_valid0 && valid15){
valid15 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid15 = true;
passing0 = 1;
}
}
if(!valid15){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/definitions/WebSearchItem/properties/query/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate60.errors = vErrors;
return false;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
var valid14 = _errs36 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.url !== undefined){
let data12 = data.url;
const _errs42 = errors;
const _errs43 = errors;
let valid16 = false;
let passing1 = null;
const _errs44 = errors;
if(typeof data12 !== "string"){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/WebSearchItem/properties/url/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs44 === errors;
if(_valid1){
valid16 = true;
passing1 = 0;
}
const _errs46 = errors;
if(data12 !== null){
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/WebSearchItem/properties/url/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs46 === errors;
if(_valid1 && valid16){
valid16 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid16 = true;
passing1 = 1;
}
}
if(!valid16){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/WebSearchItem/properties/url/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate60.errors = vErrors;
return false;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
var valid14 = _errs42 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/definitions/WebSearchItem/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "plan"){
const _errs49 = errors;
if(errors === _errs49){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((((data.type === undefined) && (missing3 = "type")) || ((data.id === undefined) && (missing3 = "id"))) || ((data.text === undefined) && (missing3 = "text"))) || ((data.steps === undefined) && (missing3 = "steps"))){
validate60.errors = [{instancePath,schemaPath:"#/definitions/PlanItem/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs51 = errors;
for(const key3 in data){
if(!((((key3 === "type") || (key3 === "id")) || (key3 === "text")) || (key3 === "steps"))){
validate60.errors = [{instancePath,schemaPath:"#/definitions/PlanItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs51 === errors){
if(data.type !== undefined){
const _errs52 = errors;
if("plan" !== data.type){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/PlanItem/properties/type/const",keyword:"const",params:{allowedValue: "plan"},message:"must be equal to constant"}];
return false;
}
var valid19 = _errs52 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data.id !== undefined){
const _errs53 = errors;
if(typeof data.id !== "string"){
validate60.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/PlanItem/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid19 = _errs53 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data.text !== undefined){
const _errs55 = errors;
if(typeof data.text !== "string"){
validate60.errors = [{instancePath:instancePath+"/text",schemaPath:"#/definitions/PlanItem/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid19 = _errs55 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data.steps !== undefined){
let data16 = data.steps;
const _errs57 = errors;
if(errors === _errs57){
if(Array.isArray(data16)){
var valid20 = true;
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
let data17 = data16[i2];
const _errs59 = errors;
if(errors === _errs59){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing4;
if(((data17.step === undefined) && (missing4 = "step")) || ((data17.status === undefined) && (missing4 = "status"))){
validate60.errors = [{instancePath:instancePath+"/steps/" + i2,schemaPath:"#/definitions/PlanItem/properties/steps/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs61 = errors;
for(const key4 in data17){
if(!((key4 === "step") || (key4 === "status"))){
validate60.errors = [{instancePath:instancePath+"/steps/" + i2,schemaPath:"#/definitions/PlanItem/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs61 === errors){
if(data17.step !== undefined){
const _errs62 = errors;
if(typeof data17.step !== "string"){
validate60.errors = [{instancePath:instancePath+"/steps/" + i2+"/step",schemaPath:"#/definitions/PlanItem/properties/steps/items/properties/step/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid21 = _errs62 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data17.status !== undefined){
let data19 = data17.status;
const _errs64 = errors;
if(typeof data19 !== "string"){
validate60.errors = [{instancePath:instancePath+"/steps/" + i2+"/status",schemaPath:"#/definitions/PlanItem/properties/steps/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data19 === "pending") || (data19 === "in_progress")) || (data19 === "completed"))){
validate60.errors = [{instancePath:instancePath+"/steps/" + i2+"/status",schemaPath:"#/definitions/PlanItem/properties/steps/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema96.properties.steps.items.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid21 = _errs64 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/steps/" + i2,schemaPath:"#/definitions/PlanItem/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid20 = _errs59 === errors;
if(!valid20){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/steps",schemaPath:"#/definitions/PlanItem/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid19 = _errs57 === errors;
}
else {
var valid19 = true;
}
}
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/definitions/PlanItem/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "user_message"){
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
else if(tag0 === "other"){
const _errs68 = errors;
if(errors === _errs68){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((((data.type === undefined) && (missing5 = "type")) || ((data.id === undefined) && (missing5 = "id"))) || ((data.engineType === undefined) && (missing5 = "engineType"))){
validate60.errors = [{instancePath,schemaPath:"#/definitions/OtherItem/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs70 = errors;
for(const key5 in data){
if(!((((key5 === "type") || (key5 === "id")) || (key5 === "engineType")) || (key5 === "summary"))){
validate60.errors = [{instancePath,schemaPath:"#/definitions/OtherItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs70 === errors){
if(data.type !== undefined){
const _errs71 = errors;
if("other" !== data.type){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/OtherItem/properties/type/const",keyword:"const",params:{allowedValue: "other"},message:"must be equal to constant"}];
return false;
}
var valid25 = _errs71 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data.id !== undefined){
const _errs72 = errors;
if(typeof data.id !== "string"){
validate60.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/OtherItem/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid25 = _errs72 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data.engineType !== undefined){
const _errs74 = errors;
if(typeof data.engineType !== "string"){
validate60.errors = [{instancePath:instancePath+"/engineType",schemaPath:"#/definitions/OtherItem/properties/engineType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid25 = _errs74 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data.summary !== undefined){
const _errs76 = errors;
if(typeof data.summary !== "string"){
validate60.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/definitions/OtherItem/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid25 = _errs76 === errors;
}
else {
var valid25 = true;
}
}
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/definitions/OtherItem/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}

const schema98 = {"oneOf":[{"$ref":"#/definitions/ResponsesMessage"},{"$ref":"#/definitions/ResponsesReasoning"},{"$ref":"#/definitions/ResponsesFunctionCall"},{"$ref":"#/definitions/ResponsesFunctionCallOutput"}],"type":"object","discriminator":{"propertyName":"type"}};
const schema101 = {"type":"object","additionalProperties":false,"required":["type","id","summary"],"properties":{"type":{"const":"reasoning"},"id":{"type":"string"},"summary":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["type","text"],"properties":{"type":{"const":"summary_text"},"text":{"type":"string"}}}}}};
const schema102 = {"type":"object","additionalProperties":false,"required":["type","call_id","name","arguments","status"],"properties":{"type":{"const":"function_call"},"call_id":{"type":"string"},"name":{"type":"string","enum":["shell","apply_patch"]},"arguments":{"type":"string"},"status":{"const":"in_progress"}}};
const schema103 = {"type":"object","additionalProperties":false,"required":["type","call_id","output"],"properties":{"type":{"const":"function_call_output"},"call_id":{"type":"string"},"output":{"type":"string"}}};
const schema99 = {"type":"object","additionalProperties":false,"required":["type","id","role","status","content"],"properties":{"type":{"const":"message"},"id":{"type":"string"},"role":{"const":"assistant"},"status":{"const":"completed"},"content":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["type","text","annotations"],"properties":{"type":{"const":"output_text"},"text":{"type":"string"},"annotations":{"type":"array","maxItems":0,"items":{"$ref":"#/definitions/JsonValue"}}}}}}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.role === undefined) && (missing0 = "role"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.content === undefined) && (missing0 = "content"))){
validate72.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "id")) || (key0 === "role")) || (key0 === "status")) || (key0 === "content"))){
validate72.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("message" !== data.type){
validate72.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "message"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate72.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
const _errs5 = errors;
if("assistant" !== data.role){
validate72.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "assistant"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs6 = errors;
if("completed" !== data.status){
validate72.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "completed"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data4 = data.content;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs9 = errors;
if(errors === _errs9){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((((data5.type === undefined) && (missing1 = "type")) || ((data5.text === undefined) && (missing1 = "text"))) || ((data5.annotations === undefined) && (missing1 = "annotations"))){
validate72.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key1 in data5){
if(!(((key1 === "type") || (key1 === "text")) || (key1 === "annotations"))){
validate72.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data5.type !== undefined){
const _errs12 = errors;
if("output_text" !== data5.type){
validate72.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/properties/content/items/properties/type/const",keyword:"const",params:{allowedValue: "output_text"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.text !== undefined){
const _errs13 = errors;
if(typeof data5.text !== "string"){
validate72.errors = [{instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/properties/content/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.annotations !== undefined){
let data8 = data5.annotations;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data8)){
if(data8.length > 0){
validate72.errors = [{instancePath:instancePath+"/content/" + i0+"/annotations",schemaPath:"#/properties/content/items/properties/annotations/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
const _errs17 = errors;
if((((typeof data9 != "object") && (typeof data9 !== "string")) && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){
validate72.errors = [{instancePath:instancePath+"/content/" + i0+"/annotations/" + i1,schemaPath:"#/definitions/JsonValue/type",keyword:"type",params:{type: schema88.type},message:"must be object,array,string,number,integer,boolean,null"}];
return false;
}
var valid3 = _errs17 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/content/" + i0+"/annotations",schemaPath:"#/properties/content/items/properties/annotations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "message"){
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
else if(tag0 === "reasoning"){
const _errs4 = errors;
if(errors === _errs4){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.summary === undefined) && (missing0 = "summary"))){
validate71.errors = [{instancePath,schemaPath:"#/definitions/ResponsesReasoning/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "id")) || (key0 === "summary"))){
validate71.errors = [{instancePath,schemaPath:"#/definitions/ResponsesReasoning/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data.type !== undefined){
const _errs7 = errors;
if("reasoning" !== data.type){
validate71.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/ResponsesReasoning/properties/type/const",keyword:"const",params:{allowedValue: "reasoning"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs7 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.id !== undefined){
const _errs8 = errors;
if(typeof data.id !== "string"){
validate71.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/ResponsesReasoning/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs8 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.summary !== undefined){
let data2 = data.summary;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data2)){
var valid5 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs12 = errors;
if(errors === _errs12){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.type === undefined) && (missing1 = "type")) || ((data3.text === undefined) && (missing1 = "text"))){
validate71.errors = [{instancePath:instancePath+"/summary/" + i0,schemaPath:"#/definitions/ResponsesReasoning/properties/summary/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data3){
if(!((key1 === "type") || (key1 === "text"))){
validate71.errors = [{instancePath:instancePath+"/summary/" + i0,schemaPath:"#/definitions/ResponsesReasoning/properties/summary/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data3.type !== undefined){
const _errs15 = errors;
if("summary_text" !== data3.type){
validate71.errors = [{instancePath:instancePath+"/summary/" + i0+"/type",schemaPath:"#/definitions/ResponsesReasoning/properties/summary/items/properties/type/const",keyword:"const",params:{allowedValue: "summary_text"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data3.text !== undefined){
const _errs16 = errors;
if(typeof data3.text !== "string"){
validate71.errors = [{instancePath:instancePath+"/summary/" + i0+"/text",schemaPath:"#/definitions/ResponsesReasoning/properties/summary/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs16 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/summary/" + i0,schemaPath:"#/definitions/ResponsesReasoning/properties/summary/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs12 === errors;
if(!valid5){
break;
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/definitions/ResponsesReasoning/properties/summary/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/definitions/ResponsesReasoning/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "function_call"){
const _errs19 = errors;
if(errors === _errs19){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((((data.type === undefined) && (missing2 = "type")) || ((data.call_id === undefined) && (missing2 = "call_id"))) || ((data.name === undefined) && (missing2 = "name"))) || ((data.arguments === undefined) && (missing2 = "arguments"))) || ((data.status === undefined) && (missing2 = "status"))){
validate71.errors = [{instancePath,schemaPath:"#/definitions/ResponsesFunctionCall/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs21 = errors;
for(const key2 in data){
if(!(((((key2 === "type") || (key2 === "call_id")) || (key2 === "name")) || (key2 === "arguments")) || (key2 === "status"))){
validate71.errors = [{instancePath,schemaPath:"#/definitions/ResponsesFunctionCall/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data.type !== undefined){
const _errs22 = errors;
if("function_call" !== data.type){
validate71.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/ResponsesFunctionCall/properties/type/const",keyword:"const",params:{allowedValue: "function_call"},message:"must be equal to constant"}];
return false;
}
var valid9 = _errs22 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.call_id !== undefined){
const _errs23 = errors;
if(typeof data.call_id !== "string"){
validate71.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/definitions/ResponsesFunctionCall/properties/call_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs23 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.name !== undefined){
let data8 = data.name;
const _errs25 = errors;
if(typeof data8 !== "string"){
validate71.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/ResponsesFunctionCall/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data8 === "shell") || (data8 === "apply_patch"))){
validate71.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/ResponsesFunctionCall/properties/name/enum",keyword:"enum",params:{allowedValues: schema102.properties.name.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs25 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.arguments !== undefined){
const _errs27 = errors;
if(typeof data.arguments !== "string"){
validate71.errors = [{instancePath:instancePath+"/arguments",schemaPath:"#/definitions/ResponsesFunctionCall/properties/arguments/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs27 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.status !== undefined){
const _errs29 = errors;
if("in_progress" !== data.status){
validate71.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/ResponsesFunctionCall/properties/status/const",keyword:"const",params:{allowedValue: "in_progress"},message:"must be equal to constant"}];
return false;
}
var valid9 = _errs29 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/definitions/ResponsesFunctionCall/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "function_call_output"){
const _errs31 = errors;
if(errors === _errs31){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((((data.type === undefined) && (missing3 = "type")) || ((data.call_id === undefined) && (missing3 = "call_id"))) || ((data.output === undefined) && (missing3 = "output"))){
validate71.errors = [{instancePath,schemaPath:"#/definitions/ResponsesFunctionCallOutput/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs33 = errors;
for(const key3 in data){
if(!(((key3 === "type") || (key3 === "call_id")) || (key3 === "output"))){
validate71.errors = [{instancePath,schemaPath:"#/definitions/ResponsesFunctionCallOutput/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs33 === errors){
if(data.type !== undefined){
const _errs34 = errors;
if("function_call_output" !== data.type){
validate71.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/ResponsesFunctionCallOutput/properties/type/const",keyword:"const",params:{allowedValue: "function_call_output"},message:"must be equal to constant"}];
return false;
}
var valid12 = _errs34 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.call_id !== undefined){
const _errs35 = errors;
if(typeof data.call_id !== "string"){
validate71.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/definitions/ResponsesFunctionCallOutput/properties/call_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs35 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.output !== undefined){
const _errs37 = errors;
if(typeof data.output !== "string"){
validate71.errors = [{instancePath:instancePath+"/output",schemaPath:"#/definitions/ResponsesFunctionCallOutput/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs37 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/definitions/ResponsesFunctionCallOutput/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate71.errors = vErrors;
return errors === 0;
}


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.turnId === undefined) && (missing0 = "turnId"))) || ((data.event === undefined) && (missing0 = "event"))) || ((data.item === undefined) && (missing0 = "item"))){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "seq")) || (key0 === "sessionId")) || (key0 === "turnId")) || (key0 === "event")) || (key0 === "item")) || (key0 === "responseItem"))){
validate59.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("item" !== data.type){
validate59.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "item"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate59.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate59.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate59.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate59.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate59.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnId !== undefined){
const _errs9 = errors;
if(typeof data.turnId !== "string"){
validate59.errors = [{instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.event !== undefined){
const _errs11 = errors;
if("started" !== data.event){
validate59.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "started"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.item !== undefined){
const _errs12 = errors;
if(!(validate60(data.item, {instancePath:instancePath+"/item",parentData:data,parentDataProperty:"item",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseItem !== undefined){
const _errs13 = errors;
if(!(validate71(data.responseItem, {instancePath:instancePath+"/responseItem",parentData:data,parentDataProperty:"responseItem",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
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
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}

const schema104 = {"type":"object","additionalProperties":false,"required":["type","seq","sessionId","turnId","event","itemId","itemType","field","delta"],"properties":{"type":{"const":"item"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"turnId":{"type":"string"},"event":{"const":"delta"},"itemId":{"type":"string"},"itemType":{"type":"string","enum":["agent_message","reasoning","command_execution","plan"]},"field":{"type":"string","enum":["text","summary","content","output"]},"index":{"type":"integer","minimum":0},"delta":{"type":"string"}}};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.turnId === undefined) && (missing0 = "turnId"))) || ((data.event === undefined) && (missing0 = "event"))) || ((data.itemId === undefined) && (missing0 = "itemId"))) || ((data.itemType === undefined) && (missing0 = "itemType"))) || ((data.field === undefined) && (missing0 = "field"))) || ((data.delta === undefined) && (missing0 = "delta"))){
validate75.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema104.properties, key0))){
validate75.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("item" !== data.type){
validate75.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "item"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate75.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate75.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate75.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate75.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate75.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate75.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnId !== undefined){
const _errs9 = errors;
if(typeof data.turnId !== "string"){
validate75.errors = [{instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.event !== undefined){
const _errs11 = errors;
if("delta" !== data.event){
validate75.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "delta"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.itemId !== undefined){
const _errs12 = errors;
if(typeof data.itemId !== "string"){
validate75.errors = [{instancePath:instancePath+"/itemId",schemaPath:"#/properties/itemId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.itemType !== undefined){
let data6 = data.itemType;
const _errs14 = errors;
if(typeof data6 !== "string"){
validate75.errors = [{instancePath:instancePath+"/itemType",schemaPath:"#/properties/itemType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data6 === "agent_message") || (data6 === "reasoning")) || (data6 === "command_execution")) || (data6 === "plan"))){
validate75.errors = [{instancePath:instancePath+"/itemType",schemaPath:"#/properties/itemType/enum",keyword:"enum",params:{allowedValues: schema104.properties.itemType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.field !== undefined){
let data7 = data.field;
const _errs16 = errors;
if(typeof data7 !== "string"){
validate75.errors = [{instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data7 === "text") || (data7 === "summary")) || (data7 === "content")) || (data7 === "output"))){
validate75.errors = [{instancePath:instancePath+"/field",schemaPath:"#/properties/field/enum",keyword:"enum",params:{allowedValues: schema104.properties.field.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.index !== undefined){
let data8 = data.index;
const _errs18 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate75.errors = [{instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs18){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
validate75.errors = [{instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.delta !== undefined){
const _errs20 = errors;
if(typeof data.delta !== "string"){
validate75.errors = [{instancePath:instancePath+"/delta",schemaPath:"#/properties/delta/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
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
else {
validate75.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate75.errors = vErrors;
return errors === 0;
}

const schema107 = {"type":"object","additionalProperties":false,"required":["type","seq","sessionId","turnId","event","item"],"properties":{"type":{"const":"item"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"turnId":{"type":"string"},"event":{"const":"completed"},"item":{"$ref":"#/definitions/Item"},"responseItem":{"$ref":"#/definitions/ResponsesApiItem"}}};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.turnId === undefined) && (missing0 = "turnId"))) || ((data.event === undefined) && (missing0 = "event"))) || ((data.item === undefined) && (missing0 = "item"))){
validate76.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "seq")) || (key0 === "sessionId")) || (key0 === "turnId")) || (key0 === "event")) || (key0 === "item")) || (key0 === "responseItem"))){
validate76.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("item" !== data.type){
validate76.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "item"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate76.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate76.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate76.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate76.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate76.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate76.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnId !== undefined){
const _errs9 = errors;
if(typeof data.turnId !== "string"){
validate76.errors = [{instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.event !== undefined){
const _errs11 = errors;
if("completed" !== data.event){
validate76.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "completed"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.item !== undefined){
const _errs12 = errors;
if(!(validate60(data.item, {instancePath:instancePath+"/item",parentData:data,parentDataProperty:"item",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseItem !== undefined){
const _errs13 = errors;
if(!(validate71(data.responseItem, {instancePath:instancePath+"/responseItem",parentData:data,parentDataProperty:"responseItem",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
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
else {
validate76.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate76.errors = vErrors;
return errors === 0;
}


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.event;
if(typeof tag0 == "string"){
if(tag0 === "started"){
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
else if(tag0 === "delta"){
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
else if(tag0 === "completed"){
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "event", tagValue: tag0},message:"value of tag \"event\" must be in oneOf"}];
return false;
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "event", tagValue: tag0},message:"tag \"event\" must be string"}];
return false;
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate58.errors = vErrors;
return errors === 0;
}

export const rawOpenSessionFrame = validate82;

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate82.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "lastSeq")) || (key0 === "protocolVersion")) || (key0 === "configOverrides"))){
validate82.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("open_session" !== data.type){
validate82.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "open_session"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate82.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate82.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate82.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate82.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastSeq !== undefined){
let data3 = data.lastSeq;
const _errs7 = errors;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate82.errors = [{instancePath:instancePath+"/lastSeq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate82.errors = [{instancePath:instancePath+"/lastSeq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.protocolVersion !== undefined){
let data4 = data.protocolVersion;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
validate82.errors = [{instancePath:instancePath+"/protocolVersion",schemaPath:"#/definitions/ProtocolVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+){0,2}$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+){0,2}$"+"\""}];
return false;
}
}
else {
validate82.errors = [{instancePath:instancePath+"/protocolVersion",schemaPath:"#/definitions/ProtocolVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.configOverrides !== undefined){
const _errs13 = errors;
if(!(validate21(data.configOverrides, {instancePath:instancePath+"/configOverrides",parentData:data,parentDataProperty:"configOverrides",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
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
else {
validate82.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate82.errors = vErrors;
return errors === 0;
}

export const rawQuestionPromptFrame = validate85;
const schema114 = {"type":"object","additionalProperties":false,"required":["type","seq","sessionId","turnId","promptId","kind","message","timeoutMs","expiresAt"],"properties":{"type":{"const":"question_prompt"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"turnId":{"type":"string"},"promptId":{"$ref":"#/definitions/Id"},"kind":{"type":"string","enum":["questions","form","url"]},"itemId":{"type":"string"},"serverName":{"type":"string"},"message":{"type":"string"},"questions":{"type":"array","items":{"$ref":"#/definitions/Question"}},"schema":{"type":"object","additionalProperties":true},"url":{"type":"string"},"timeoutMs":{"$ref":"#/definitions/DurationMs"},"expiresAt":{"type":"string","format":"date-time"}}};
const schema118 = {"type":"object","additionalProperties":false,"required":["id","header","question","options","allowOther","secret"],"properties":{"id":{"type":"string"},"header":{"type":"string"},"question":{"type":"string"},"options":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["label","description"],"properties":{"label":{"type":"string"},"description":{"type":"string"}}}},"allowOther":{"type":"boolean"},"secret":{"type":"boolean"}}};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.turnId === undefined) && (missing0 = "turnId"))) || ((data.promptId === undefined) && (missing0 = "promptId"))) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.timeoutMs === undefined) && (missing0 = "timeoutMs"))) || ((data.expiresAt === undefined) && (missing0 = "expiresAt"))){
validate85.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema114.properties, key0))){
validate85.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("question_prompt" !== data.type){
validate85.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "question_prompt"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate85.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate85.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate85.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate85.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate85.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnId !== undefined){
const _errs9 = errors;
if(typeof data.turnId !== "string"){
validate85.errors = [{instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.promptId !== undefined){
let data4 = data.promptId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if((data4.length > 256 && func2(data4) > 256)){
validate85.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data4.length < 1 || (data4.length < 2 && func2(data4) < 1))){
validate85.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate85.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/promptId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data5 = data.kind;
const _errs14 = errors;
if(typeof data5 !== "string"){
validate85.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data5 === "questions") || (data5 === "form")) || (data5 === "url"))){
validate85.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema114.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.itemId !== undefined){
const _errs16 = errors;
if(typeof data.itemId !== "string"){
validate85.errors = [{instancePath:instancePath+"/itemId",schemaPath:"#/properties/itemId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.serverName !== undefined){
const _errs18 = errors;
if(typeof data.serverName !== "string"){
validate85.errors = [{instancePath:instancePath+"/serverName",schemaPath:"#/properties/serverName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs20 = errors;
if(typeof data.message !== "string"){
validate85.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.questions !== undefined){
let data9 = data.questions;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
var valid4 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((((((data10.id === undefined) && (missing1 = "id")) || ((data10.header === undefined) && (missing1 = "header"))) || ((data10.question === undefined) && (missing1 = "question"))) || ((data10.options === undefined) && (missing1 = "options"))) || ((data10.allowOther === undefined) && (missing1 = "allowOther"))) || ((data10.secret === undefined) && (missing1 = "secret"))){
validate85.errors = [{instancePath:instancePath+"/questions/" + i0,schemaPath:"#/definitions/Question/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key1 in data10){
if(!((((((key1 === "id") || (key1 === "header")) || (key1 === "question")) || (key1 === "options")) || (key1 === "allowOther")) || (key1 === "secret"))){
validate85.errors = [{instancePath:instancePath+"/questions/" + i0,schemaPath:"#/definitions/Question/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data10.id !== undefined){
const _errs28 = errors;
if(typeof data10.id !== "string"){
validate85.errors = [{instancePath:instancePath+"/questions/" + i0+"/id",schemaPath:"#/definitions/Question/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.header !== undefined){
const _errs30 = errors;
if(typeof data10.header !== "string"){
validate85.errors = [{instancePath:instancePath+"/questions/" + i0+"/header",schemaPath:"#/definitions/Question/properties/header/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.question !== undefined){
const _errs32 = errors;
if(typeof data10.question !== "string"){
validate85.errors = [{instancePath:instancePath+"/questions/" + i0+"/question",schemaPath:"#/definitions/Question/properties/question/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs32 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.options !== undefined){
let data14 = data10.options;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data14)){
var valid7 = true;
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
const _errs36 = errors;
if(errors === _errs36){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing2;
if(((data15.label === undefined) && (missing2 = "label")) || ((data15.description === undefined) && (missing2 = "description"))){
validate85.errors = [{instancePath:instancePath+"/questions/" + i0+"/options/" + i1,schemaPath:"#/definitions/Question/properties/options/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs38 = errors;
for(const key2 in data15){
if(!((key2 === "label") || (key2 === "description"))){
validate85.errors = [{instancePath:instancePath+"/questions/" + i0+"/options/" + i1,schemaPath:"#/definitions/Question/properties/options/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs38 === errors){
if(data15.label !== undefined){
const _errs39 = errors;
if(typeof data15.label !== "string"){
validate85.errors = [{instancePath:instancePath+"/questions/" + i0+"/options/" + i1+"/label",schemaPath:"#/definitions/Question/properties/options/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs39 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.description !== undefined){
const _errs41 = errors;
if(typeof data15.description !== "string"){
validate85.errors = [{instancePath:instancePath+"/questions/" + i0+"/options/" + i1+"/description",schemaPath:"#/definitions/Question/properties/options/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs41 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/questions/" + i0+"/options/" + i1,schemaPath:"#/definitions/Question/properties/options/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs36 === errors;
if(!valid7){
break;
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/questions/" + i0+"/options",schemaPath:"#/definitions/Question/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs34 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.allowOther !== undefined){
const _errs43 = errors;
if(typeof data10.allowOther !== "boolean"){
validate85.errors = [{instancePath:instancePath+"/questions/" + i0+"/allowOther",schemaPath:"#/definitions/Question/properties/allowOther/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs43 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.secret !== undefined){
const _errs45 = errors;
if(typeof data10.secret !== "boolean"){
validate85.errors = [{instancePath:instancePath+"/questions/" + i0+"/secret",schemaPath:"#/definitions/Question/properties/secret/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs45 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/questions/" + i0,schemaPath:"#/definitions/Question/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs24 === errors;
if(!valid4){
break;
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.schema !== undefined){
let data20 = data.schema;
const _errs47 = errors;
if(errors === _errs47){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
}
else {
validate85.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
const _errs50 = errors;
if(typeof data.url !== "string"){
validate85.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeoutMs !== undefined){
let data22 = data.timeoutMs;
const _errs52 = errors;
const _errs53 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
validate85.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs53){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
validate85.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expiresAt !== undefined){
let data23 = data.expiresAt;
const _errs55 = errors;
if(errors === _errs55){
if(errors === _errs55){
if(typeof data23 === "string"){
if(!(formats0.validate(data23))){
validate85.errors = [{instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate85.errors = [{instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs55 === errors;
}
else {
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
}
else {
validate85.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate85.errors = vErrors;
return errors === 0;
}

export const rawReviewFrame = validate86;

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.target === undefined) && (missing0 = "target"))){
validate86.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "target"))){
validate86.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("review" !== data.type){
validate86.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "review"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate86.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate86.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate86.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate86.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.target !== undefined){
const _errs7 = errors;
if(!(validate36(data.target, {instancePath:instancePath+"/target",parentData:data,parentDataProperty:"target",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate86.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate86.errors = vErrors;
return errors === 0;
}

export const rawRollbackFrame = validate89;

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate89.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "id")) || (key0 === "sessionId")) || (key0 === "beforeTurnId")) || (key0 === "turns"))){
validate89.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("rollback" !== data.type){
validate89.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "rollback"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate89.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate89.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate89.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate89.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.beforeTurnId !== undefined){
let data3 = data.beforeTurnId;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if((data3.length > 256 && func2(data3) > 256)){
validate89.errors = [{instancePath:instancePath+"/beforeTurnId",schemaPath:"#/properties/beforeTurnId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data3.length < 1 || (data3.length < 2 && func2(data3) < 1))){
validate89.errors = [{instancePath:instancePath+"/beforeTurnId",schemaPath:"#/properties/beforeTurnId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate89.errors = [{instancePath:instancePath+"/beforeTurnId",schemaPath:"#/properties/beforeTurnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turns !== undefined){
let data4 = data.turns;
const _errs9 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate89.errors = [{instancePath:instancePath+"/turns",schemaPath:"#/properties/turns/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 10000 || isNaN(data4)){
validate89.errors = [{instancePath:instancePath+"/turns",schemaPath:"#/properties/turns/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate89.errors = [{instancePath:instancePath+"/turns",schemaPath:"#/properties/turns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate89.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate89.errors = vErrors;
return errors === 0;
}

export const rawRolledBackFrame = validate91;
const schema124 = {"type":"object","additionalProperties":false,"required":["type","seq","sessionId","beforeTurnId","removedTurnIds"],"properties":{"type":{"const":"rolled_back"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"inReplyTo":{"$ref":"#/definitions/ClientFrameId"},"beforeTurnId":{"type":"string"},"removedTurnIds":{"type":"array","items":{"type":"string"}}}};

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.beforeTurnId === undefined) && (missing0 = "beforeTurnId"))) || ((data.removedTurnIds === undefined) && (missing0 = "removedTurnIds"))){
validate91.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "seq")) || (key0 === "sessionId")) || (key0 === "inReplyTo")) || (key0 === "beforeTurnId")) || (key0 === "removedTurnIds"))){
validate91.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("rolled_back" !== data.type){
validate91.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "rolled_back"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate91.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate91.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate91.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate91.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate91.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate91.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inReplyTo !== undefined){
const _errs9 = errors;
if(!(validate12(data.inReplyTo, {instancePath:instancePath+"/inReplyTo",parentData:data,parentDataProperty:"inReplyTo",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.beforeTurnId !== undefined){
const _errs10 = errors;
if(typeof data.beforeTurnId !== "string"){
validate91.errors = [{instancePath:instancePath+"/beforeTurnId",schemaPath:"#/properties/beforeTurnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.removedTurnIds !== undefined){
let data5 = data.removedTurnIds;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(typeof data5[i0] !== "string"){
validate91.errors = [{instancePath:instancePath+"/removedTurnIds/" + i0,schemaPath:"#/properties/removedTurnIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
}
else {
validate91.errors = [{instancePath:instancePath+"/removedTurnIds",schemaPath:"#/properties/removedTurnIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
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
else {
validate91.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate91.errors = vErrors;
return errors === 0;
}

export const rawServerFrame = validate93;
const schema127 = {"oneOf":[{"$ref":"#/definitions/SessionFrame"},{"$ref":"#/definitions/ItemFrame"},{"$ref":"#/definitions/CommandPromptFrame"},{"$ref":"#/definitions/QuestionPromptFrame"},{"$ref":"#/definitions/StatusFrame"},{"$ref":"#/definitions/UsageFrame"},{"$ref":"#/definitions/ErrorFrame"},{"$ref":"#/definitions/ServerHeartbeatFrame"},{"$ref":"#/definitions/TerminateFrame"},{"$ref":"#/definitions/SessionForkedFrame"},{"$ref":"#/definitions/RolledBackFrame"}]};
const schema128 = {"type":"object","additionalProperties":false,"required":["type","seq","sessionId","protocolVersion","resumed","replay","turn","heartbeatIntervalMs","maxFrameBytes"],"properties":{"type":{"const":"session"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"inReplyTo":{"$ref":"#/definitions/ClientFrameId"},"protocolVersion":{"$ref":"#/definitions/ProtocolVersion"},"resumed":{"type":"boolean"},"replay":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["fromSeq","toSeq","count","lost"],"properties":{"fromSeq":{"$ref":"#/definitions/Seq"},"toSeq":{"$ref":"#/definitions/Seq"},"count":{"type":"integer","minimum":0},"lost":{"type":"integer","minimum":0}}}]},"turn":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["turnId","pendingCommandIds"],"properties":{"turnId":{"type":"string"},"pendingCommandIds":{"type":"array","items":{"$ref":"#/definitions/Id"}},"pendingPromptIds":{"type":"array","items":{"$ref":"#/definitions/Id"}}}}]},"heartbeatIntervalMs":{"$ref":"#/definitions/DurationMs"},"maxFrameBytes":{"type":"integer","minimum":1}}};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.protocolVersion === undefined) && (missing0 = "protocolVersion"))) || ((data.resumed === undefined) && (missing0 = "resumed"))) || ((data.replay === undefined) && (missing0 = "replay"))) || ((data.turn === undefined) && (missing0 = "turn"))) || ((data.heartbeatIntervalMs === undefined) && (missing0 = "heartbeatIntervalMs"))) || ((data.maxFrameBytes === undefined) && (missing0 = "maxFrameBytes"))){
validate94.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema128.properties, key0))){
validate94.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("session" !== data.type){
validate94.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "session"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate94.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate94.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate94.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate94.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate94.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate94.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inReplyTo !== undefined){
const _errs9 = errors;
if(!(validate12(data.inReplyTo, {instancePath:instancePath+"/inReplyTo",parentData:data,parentDataProperty:"inReplyTo",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.protocolVersion !== undefined){
let data4 = data.protocolVersion;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
validate94.errors = [{instancePath:instancePath+"/protocolVersion",schemaPath:"#/definitions/ProtocolVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+){0,2}$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+){0,2}$"+"\""}];
return false;
}
}
else {
validate94.errors = [{instancePath:instancePath+"/protocolVersion",schemaPath:"#/definitions/ProtocolVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resumed !== undefined){
const _errs13 = errors;
if(typeof data.resumed !== "boolean"){
validate94.errors = [{instancePath:instancePath+"/resumed",schemaPath:"#/properties/resumed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.replay !== undefined){
let data6 = data.replay;
const _errs15 = errors;
const _errs16 = errors;
let valid4 = false;
let passing0 = null;
const _errs17 = errors;
if(data6 !== null){
const err0 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs19 = errors;
if(errors === _errs19){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if(((((data6.fromSeq === undefined) && (missing1 = "fromSeq")) || ((data6.toSeq === undefined) && (missing1 = "toSeq"))) || ((data6.count === undefined) && (missing1 = "count"))) || ((data6.lost === undefined) && (missing1 = "lost"))){
const err1 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
const _errs21 = errors;
for(const key1 in data6){
if(!((((key1 === "fromSeq") || (key1 === "toSeq")) || (key1 === "count")) || (key1 === "lost"))){
const err2 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
break;
}
}
if(_errs21 === errors){
if(data6.fromSeq !== undefined){
let data7 = data6.fromSeq;
const _errs22 = errors;
const _errs23 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err3 = {instancePath:instancePath+"/replay/fromSeq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(errors === _errs23){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err4 = {instancePath:instancePath+"/replay/fromSeq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var valid5 = _errs22 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.toSeq !== undefined){
let data8 = data6.toSeq;
const _errs25 = errors;
const _errs26 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err5 = {instancePath:instancePath+"/replay/toSeq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors === _errs26){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err6 = {instancePath:instancePath+"/replay/toSeq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.count !== undefined){
let data9 = data6.count;
const _errs28 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err7 = {instancePath:instancePath+"/replay/count",schemaPath:"#/properties/replay/oneOf/1/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(errors === _errs28){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err8 = {instancePath:instancePath+"/replay/count",schemaPath:"#/properties/replay/oneOf/1/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var valid5 = _errs28 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.lost !== undefined){
let data10 = data6.lost;
const _errs30 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err9 = {instancePath:instancePath+"/replay/lost",schemaPath:"#/properties/replay/oneOf/1/properties/lost/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(errors === _errs30){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err10 = {instancePath:instancePath+"/replay/lost",schemaPath:"#/properties/replay/oneOf/1/properties/lost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var valid5 = _errs30 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err12 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
validate94.errors = vErrors;
return false;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turn !== undefined){
let data11 = data.turn;
const _errs32 = errors;
const _errs33 = errors;
let valid8 = false;
let passing1 = null;
const _errs34 = errors;
if(data11 !== null){
const err13 = {instancePath:instancePath+"/turn",schemaPath:"#/properties/turn/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs34 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs36 = errors;
if(errors === _errs36){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing2;
if(((data11.turnId === undefined) && (missing2 = "turnId")) || ((data11.pendingCommandIds === undefined) && (missing2 = "pendingCommandIds"))){
const err14 = {instancePath:instancePath+"/turn",schemaPath:"#/properties/turn/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
const _errs38 = errors;
for(const key2 in data11){
if(!(((key2 === "turnId") || (key2 === "pendingCommandIds")) || (key2 === "pendingPromptIds"))){
const err15 = {instancePath:instancePath+"/turn",schemaPath:"#/properties/turn/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
}
if(_errs38 === errors){
if(data11.turnId !== undefined){
const _errs39 = errors;
if(typeof data11.turnId !== "string"){
const err16 = {instancePath:instancePath+"/turn/turnId",schemaPath:"#/properties/turn/oneOf/1/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid9 = _errs39 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.pendingCommandIds !== undefined){
let data13 = data11.pendingCommandIds;
const _errs41 = errors;
if(errors === _errs41){
if(Array.isArray(data13)){
var valid10 = true;
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
const _errs43 = errors;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data14 === "string"){
if((data14.length > 256 && func2(data14) > 256)){
const err17 = {instancePath:instancePath+"/turn/pendingCommandIds/" + i0,schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
if((data14.length < 1 || (data14.length < 2 && func2(data14) < 1))){
const err18 = {instancePath:instancePath+"/turn/pendingCommandIds/" + i0,schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(!pattern0.test(data14)){
const err19 = {instancePath:instancePath+"/turn/pendingCommandIds/" + i0,schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/turn/pendingCommandIds/" + i0,schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var valid10 = _errs43 === errors;
if(!valid10){
break;
}
}
}
else {
const err21 = {instancePath:instancePath+"/turn/pendingCommandIds",schemaPath:"#/properties/turn/oneOf/1/properties/pendingCommandIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var valid9 = _errs41 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.pendingPromptIds !== undefined){
let data15 = data11.pendingPromptIds;
const _errs46 = errors;
if(errors === _errs46){
if(Array.isArray(data15)){
var valid12 = true;
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
const _errs48 = errors;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data16 === "string"){
if((data16.length > 256 && func2(data16) > 256)){
const err22 = {instancePath:instancePath+"/turn/pendingPromptIds/" + i1,schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
if((data16.length < 1 || (data16.length < 2 && func2(data16) < 1))){
const err23 = {instancePath:instancePath+"/turn/pendingPromptIds/" + i1,schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
if(!pattern0.test(data16)){
const err24 = {instancePath:instancePath+"/turn/pendingPromptIds/" + i1,schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/turn/pendingPromptIds/" + i1,schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var valid12 = _errs48 === errors;
if(!valid12){
break;
}
}
}
else {
const err26 = {instancePath:instancePath+"/turn/pendingPromptIds",schemaPath:"#/properties/turn/oneOf/1/properties/pendingPromptIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var valid9 = _errs46 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/turn",schemaPath:"#/properties/turn/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid1 = _errs36 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err28 = {instancePath:instancePath+"/turn",schemaPath:"#/properties/turn/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
validate94.errors = vErrors;
return false;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.heartbeatIntervalMs !== undefined){
let data17 = data.heartbeatIntervalMs;
const _errs51 = errors;
const _errs52 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate94.errors = [{instancePath:instancePath+"/heartbeatIntervalMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs52){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
validate94.errors = [{instancePath:instancePath+"/heartbeatIntervalMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxFrameBytes !== undefined){
let data18 = data.maxFrameBytes;
const _errs54 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate94.errors = [{instancePath:instancePath+"/maxFrameBytes",schemaPath:"#/properties/maxFrameBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs54){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
validate94.errors = [{instancePath:instancePath+"/maxFrameBytes",schemaPath:"#/properties/maxFrameBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs54 === errors;
}
else {
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
else {
validate94.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate94.errors = vErrors;
return errors === 0;
}

const schema137 = {"type":"object","additionalProperties":false,"required":["type","seq","sessionId","turnId","state","message"],"properties":{"type":{"const":"status"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"turnId":{"type":"string"},"state":{"type":"string","enum":["started","completed","interrupted","failed"]},"inReplyTo":{"$ref":"#/definitions/ClientFrameId"},"reason":{"type":"string","enum":["cancelled","denied","shutdown","model_error","engine_error","engine_exited","watchdog","internal"]},"message":{"type":"string"},"retryable":{"type":"boolean"},"usage":{"$ref":"#/definitions/TokenUsage"},"durationMs":{"$ref":"#/definitions/DurationMs"},"finalMessage":{"oneOf":[{"type":"string"},{"type":"null"}]},"structuredOutput":{"$ref":"#/definitions/JsonValue"}}};
const schema140 = {"type":"object","additionalProperties":false,"required":["inputTokens","cachedInputTokens","outputTokens","reasoningOutputTokens","totalTokens"],"properties":{"inputTokens":{"type":"integer","minimum":0},"cachedInputTokens":{"type":"integer","minimum":0},"outputTokens":{"type":"integer","minimum":0},"reasoningOutputTokens":{"type":"integer","minimum":0},"totalTokens":{"type":"integer","minimum":0}}};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.turnId === undefined) && (missing0 = "turnId"))) || ((data.state === undefined) && (missing0 = "state"))) || ((data.message === undefined) && (missing0 = "message"))){
validate100.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema137.properties, key0))){
validate100.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("status" !== data.type){
validate100.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "status"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate100.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate100.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate100.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate100.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate100.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate100.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnId !== undefined){
const _errs9 = errors;
if(typeof data.turnId !== "string"){
validate100.errors = [{instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data4 = data.state;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate100.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data4 === "started") || (data4 === "completed")) || (data4 === "interrupted")) || (data4 === "failed"))){
validate100.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema137.properties.state.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inReplyTo !== undefined){
const _errs13 = errors;
if(!(validate12(data.inReplyTo, {instancePath:instancePath+"/inReplyTo",parentData:data,parentDataProperty:"inReplyTo",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data6 = data.reason;
const _errs14 = errors;
if(typeof data6 !== "string"){
validate100.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data6 === "cancelled") || (data6 === "denied")) || (data6 === "shutdown")) || (data6 === "model_error")) || (data6 === "engine_error")) || (data6 === "engine_exited")) || (data6 === "watchdog")) || (data6 === "internal"))){
validate100.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema137.properties.reason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs16 = errors;
if(typeof data.message !== "string"){
validate100.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retryable !== undefined){
const _errs18 = errors;
if(typeof data.retryable !== "boolean"){
validate100.errors = [{instancePath:instancePath+"/retryable",schemaPath:"#/properties/retryable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.usage !== undefined){
let data9 = data.usage;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing1;
if((((((data9.inputTokens === undefined) && (missing1 = "inputTokens")) || ((data9.cachedInputTokens === undefined) && (missing1 = "cachedInputTokens"))) || ((data9.outputTokens === undefined) && (missing1 = "outputTokens"))) || ((data9.reasoningOutputTokens === undefined) && (missing1 = "reasoningOutputTokens"))) || ((data9.totalTokens === undefined) && (missing1 = "totalTokens"))){
validate100.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/definitions/TokenUsage/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs23 = errors;
for(const key1 in data9){
if(!(((((key1 === "inputTokens") || (key1 === "cachedInputTokens")) || (key1 === "outputTokens")) || (key1 === "reasoningOutputTokens")) || (key1 === "totalTokens"))){
validate100.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/definitions/TokenUsage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data9.inputTokens !== undefined){
let data10 = data9.inputTokens;
const _errs24 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate100.errors = [{instancePath:instancePath+"/usage/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate100.errors = [{instancePath:instancePath+"/usage/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.cachedInputTokens !== undefined){
let data11 = data9.cachedInputTokens;
const _errs26 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate100.errors = [{instancePath:instancePath+"/usage/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate100.errors = [{instancePath:instancePath+"/usage/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.outputTokens !== undefined){
let data12 = data9.outputTokens;
const _errs28 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate100.errors = [{instancePath:instancePath+"/usage/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate100.errors = [{instancePath:instancePath+"/usage/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.reasoningOutputTokens !== undefined){
let data13 = data9.reasoningOutputTokens;
const _errs30 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate100.errors = [{instancePath:instancePath+"/usage/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs30){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate100.errors = [{instancePath:instancePath+"/usage/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.totalTokens !== undefined){
let data14 = data9.totalTokens;
const _errs32 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate100.errors = [{instancePath:instancePath+"/usage/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs32){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate100.errors = [{instancePath:instancePath+"/usage/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
validate100.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/definitions/TokenUsage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.durationMs !== undefined){
let data15 = data.durationMs;
const _errs34 = errors;
const _errs35 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate100.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
validate100.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.finalMessage !== undefined){
let data16 = data.finalMessage;
const _errs37 = errors;
const _errs38 = errors;
let valid6 = false;
let passing0 = null;
const _errs39 = errors;
if(typeof data16 !== "string"){
const err0 = {instancePath:instancePath+"/finalMessage",schemaPath:"#/properties/finalMessage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs41 = errors;
if(data16 !== null){
const err1 = {instancePath:instancePath+"/finalMessage",schemaPath:"#/properties/finalMessage/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs41 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
}
}
if(!valid6){
const err2 = {instancePath:instancePath+"/finalMessage",schemaPath:"#/properties/finalMessage/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate100.errors = vErrors;
return false;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.structuredOutput !== undefined){
let data17 = data.structuredOutput;
const _errs43 = errors;
if((((typeof data17 != "object") && (typeof data17 !== "string")) && (!((typeof data17 == "number") && (isFinite(data17))))) && (typeof data17 !== "boolean")){
validate100.errors = [{instancePath:instancePath+"/structuredOutput",schemaPath:"#/definitions/JsonValue/type",keyword:"type",params:{type: schema88.type},message:"must be object,array,string,number,integer,boolean,null"}];
return false;
}
var valid0 = _errs43 === errors;
}
else {
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
else {
validate100.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate100.errors = vErrors;
return errors === 0;
}

const schema143 = {"type":"object","additionalProperties":false,"required":["type","seq","sessionId","turnId","last","turn","total","contextWindow"],"properties":{"type":{"const":"usage"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"turnId":{"type":"string"},"last":{"$ref":"#/definitions/TokenUsage"},"turn":{"$ref":"#/definitions/TokenUsage"},"total":{"$ref":"#/definitions/TokenUsage"},"contextWindow":{"oneOf":[{"type":"integer","minimum":0},{"type":"null"}]},"rateLimits":{"$ref":"#/definitions/RateLimits"}}};
const schema149 = {"type":"object","additionalProperties":false,"properties":{"primary":{"$ref":"#/definitions/RateLimitWindow"},"secondary":{"$ref":"#/definitions/RateLimitWindow"}}};
const schema150 = {"type":"object","additionalProperties":false,"required":["usedPercent","windowMinutes","resetsAt"],"properties":{"usedPercent":{"type":"integer","minimum":0},"windowMinutes":{"oneOf":[{"type":"integer","minimum":0},{"type":"null"}]},"resetsAt":{"oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]}}};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "primary") || (key0 === "secondary"))){
validate104.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.primary !== undefined){
let data0 = data.primary;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((((data0.usedPercent === undefined) && (missing0 = "usedPercent")) || ((data0.windowMinutes === undefined) && (missing0 = "windowMinutes"))) || ((data0.resetsAt === undefined) && (missing0 = "resetsAt"))){
validate104.errors = [{instancePath:instancePath+"/primary",schemaPath:"#/definitions/RateLimitWindow/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key1 in data0){
if(!(((key1 === "usedPercent") || (key1 === "windowMinutes")) || (key1 === "resetsAt"))){
validate104.errors = [{instancePath:instancePath+"/primary",schemaPath:"#/definitions/RateLimitWindow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data0.usedPercent !== undefined){
let data1 = data0.usedPercent;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate104.errors = [{instancePath:instancePath+"/primary/usedPercent",schemaPath:"#/definitions/RateLimitWindow/properties/usedPercent/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate104.errors = [{instancePath:instancePath+"/primary/usedPercent",schemaPath:"#/definitions/RateLimitWindow/properties/usedPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.windowMinutes !== undefined){
let data2 = data0.windowMinutes;
const _errs8 = errors;
const _errs9 = errors;
let valid3 = false;
let passing0 = null;
const _errs10 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err0 = {instancePath:instancePath+"/primary/windowMinutes",schemaPath:"#/definitions/RateLimitWindow/properties/windowMinutes/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(errors === _errs10){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err1 = {instancePath:instancePath+"/primary/windowMinutes",schemaPath:"#/definitions/RateLimitWindow/properties/windowMinutes/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs12 = errors;
if(data2 !== null){
const err2 = {instancePath:instancePath+"/primary/windowMinutes",schemaPath:"#/definitions/RateLimitWindow/properties/windowMinutes/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err3 = {instancePath:instancePath+"/primary/windowMinutes",schemaPath:"#/definitions/RateLimitWindow/properties/windowMinutes/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate104.errors = vErrors;
return false;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.resetsAt !== undefined){
let data3 = data0.resetsAt;
const _errs14 = errors;
const _errs15 = errors;
let valid4 = false;
let passing1 = null;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err4 = {instancePath:instancePath+"/primary/resetsAt",schemaPath:"#/definitions/RateLimitWindow/properties/resetsAt/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/primary/resetsAt",schemaPath:"#/definitions/RateLimitWindow/properties/resetsAt/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid1 = _errs16 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs18 = errors;
if(data3 !== null){
const err6 = {instancePath:instancePath+"/primary/resetsAt",schemaPath:"#/definitions/RateLimitWindow/properties/resetsAt/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs18 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err7 = {instancePath:instancePath+"/primary/resetsAt",schemaPath:"#/definitions/RateLimitWindow/properties/resetsAt/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate104.errors = vErrors;
return false;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate104.errors = [{instancePath:instancePath+"/primary",schemaPath:"#/definitions/RateLimitWindow/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.secondary !== undefined){
let data4 = data.secondary;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((((data4.usedPercent === undefined) && (missing1 = "usedPercent")) || ((data4.windowMinutes === undefined) && (missing1 = "windowMinutes"))) || ((data4.resetsAt === undefined) && (missing1 = "resetsAt"))){
validate104.errors = [{instancePath:instancePath+"/secondary",schemaPath:"#/definitions/RateLimitWindow/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs23 = errors;
for(const key2 in data4){
if(!(((key2 === "usedPercent") || (key2 === "windowMinutes")) || (key2 === "resetsAt"))){
validate104.errors = [{instancePath:instancePath+"/secondary",schemaPath:"#/definitions/RateLimitWindow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data4.usedPercent !== undefined){
let data5 = data4.usedPercent;
const _errs24 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate104.errors = [{instancePath:instancePath+"/secondary/usedPercent",schemaPath:"#/definitions/RateLimitWindow/properties/usedPercent/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate104.errors = [{instancePath:instancePath+"/secondary/usedPercent",schemaPath:"#/definitions/RateLimitWindow/properties/usedPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data4.windowMinutes !== undefined){
let data6 = data4.windowMinutes;
const _errs26 = errors;
const _errs27 = errors;
let valid7 = false;
let passing2 = null;
const _errs28 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err8 = {instancePath:instancePath+"/secondary/windowMinutes",schemaPath:"#/definitions/RateLimitWindow/properties/windowMinutes/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(errors === _errs28){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/secondary/windowMinutes",schemaPath:"#/definitions/RateLimitWindow/properties/windowMinutes/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
var _valid2 = _errs28 === errors;
if(_valid2){
valid7 = true;
passing2 = 0;
}
const _errs30 = errors;
if(data6 !== null){
const err10 = {instancePath:instancePath+"/secondary/windowMinutes",schemaPath:"#/definitions/RateLimitWindow/properties/windowMinutes/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid2 = _errs30 === errors;
if(_valid2 && valid7){
valid7 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid7 = true;
passing2 = 1;
}
}
if(!valid7){
const err11 = {instancePath:instancePath+"/secondary/windowMinutes",schemaPath:"#/definitions/RateLimitWindow/properties/windowMinutes/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate104.errors = vErrors;
return false;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data4.resetsAt !== undefined){
let data7 = data4.resetsAt;
const _errs32 = errors;
const _errs33 = errors;
let valid8 = false;
let passing3 = null;
const _errs34 = errors;
if(errors === _errs34){
if(errors === _errs34){
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err12 = {instancePath:instancePath+"/secondary/resetsAt",schemaPath:"#/definitions/RateLimitWindow/properties/resetsAt/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/secondary/resetsAt",schemaPath:"#/definitions/RateLimitWindow/properties/resetsAt/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
var _valid3 = _errs34 === errors;
if(_valid3){
valid8 = true;
passing3 = 0;
}
const _errs36 = errors;
if(data7 !== null){
const err14 = {instancePath:instancePath+"/secondary/resetsAt",schemaPath:"#/definitions/RateLimitWindow/properties/resetsAt/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid3 = _errs36 === errors;
if(_valid3 && valid8){
valid8 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid8 = true;
passing3 = 1;
}
}
if(!valid8){
const err15 = {instancePath:instancePath+"/secondary/resetsAt",schemaPath:"#/definitions/RateLimitWindow/properties/resetsAt/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate104.errors = vErrors;
return false;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs32 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate104.errors = [{instancePath:instancePath+"/secondary",schemaPath:"#/definitions/RateLimitWindow/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate104.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate104.errors = vErrors;
return errors === 0;
}


function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.turnId === undefined) && (missing0 = "turnId"))) || ((data.last === undefined) && (missing0 = "last"))) || ((data.turn === undefined) && (missing0 = "turn"))) || ((data.total === undefined) && (missing0 = "total"))) || ((data.contextWindow === undefined) && (missing0 = "contextWindow"))){
validate103.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema143.properties, key0))){
validate103.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("usage" !== data.type){
validate103.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "usage"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate103.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate103.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate103.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate103.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate103.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate103.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnId !== undefined){
const _errs9 = errors;
if(typeof data.turnId !== "string"){
validate103.errors = [{instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.last !== undefined){
let data4 = data.last;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((((((data4.inputTokens === undefined) && (missing1 = "inputTokens")) || ((data4.cachedInputTokens === undefined) && (missing1 = "cachedInputTokens"))) || ((data4.outputTokens === undefined) && (missing1 = "outputTokens"))) || ((data4.reasoningOutputTokens === undefined) && (missing1 = "reasoningOutputTokens"))) || ((data4.totalTokens === undefined) && (missing1 = "totalTokens"))){
validate103.errors = [{instancePath:instancePath+"/last",schemaPath:"#/definitions/TokenUsage/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data4){
if(!(((((key1 === "inputTokens") || (key1 === "cachedInputTokens")) || (key1 === "outputTokens")) || (key1 === "reasoningOutputTokens")) || (key1 === "totalTokens"))){
validate103.errors = [{instancePath:instancePath+"/last",schemaPath:"#/definitions/TokenUsage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data4.inputTokens !== undefined){
let data5 = data4.inputTokens;
const _errs15 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate103.errors = [{instancePath:instancePath+"/last/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate103.errors = [{instancePath:instancePath+"/last/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.cachedInputTokens !== undefined){
let data6 = data4.cachedInputTokens;
const _errs17 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate103.errors = [{instancePath:instancePath+"/last/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate103.errors = [{instancePath:instancePath+"/last/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.outputTokens !== undefined){
let data7 = data4.outputTokens;
const _errs19 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate103.errors = [{instancePath:instancePath+"/last/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs19){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate103.errors = [{instancePath:instancePath+"/last/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.reasoningOutputTokens !== undefined){
let data8 = data4.reasoningOutputTokens;
const _errs21 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate103.errors = [{instancePath:instancePath+"/last/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
validate103.errors = [{instancePath:instancePath+"/last/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.totalTokens !== undefined){
let data9 = data4.totalTokens;
const _errs23 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate103.errors = [{instancePath:instancePath+"/last/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs23){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate103.errors = [{instancePath:instancePath+"/last/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
validate103.errors = [{instancePath:instancePath+"/last",schemaPath:"#/definitions/TokenUsage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turn !== undefined){
let data10 = data.turn;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing2;
if((((((data10.inputTokens === undefined) && (missing2 = "inputTokens")) || ((data10.cachedInputTokens === undefined) && (missing2 = "cachedInputTokens"))) || ((data10.outputTokens === undefined) && (missing2 = "outputTokens"))) || ((data10.reasoningOutputTokens === undefined) && (missing2 = "reasoningOutputTokens"))) || ((data10.totalTokens === undefined) && (missing2 = "totalTokens"))){
validate103.errors = [{instancePath:instancePath+"/turn",schemaPath:"#/definitions/TokenUsage/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs28 = errors;
for(const key2 in data10){
if(!(((((key2 === "inputTokens") || (key2 === "cachedInputTokens")) || (key2 === "outputTokens")) || (key2 === "reasoningOutputTokens")) || (key2 === "totalTokens"))){
validate103.errors = [{instancePath:instancePath+"/turn",schemaPath:"#/definitions/TokenUsage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs28 === errors){
if(data10.inputTokens !== undefined){
let data11 = data10.inputTokens;
const _errs29 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate103.errors = [{instancePath:instancePath+"/turn/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs29){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate103.errors = [{instancePath:instancePath+"/turn/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.cachedInputTokens !== undefined){
let data12 = data10.cachedInputTokens;
const _errs31 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate103.errors = [{instancePath:instancePath+"/turn/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs31){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate103.errors = [{instancePath:instancePath+"/turn/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.outputTokens !== undefined){
let data13 = data10.outputTokens;
const _errs33 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate103.errors = [{instancePath:instancePath+"/turn/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate103.errors = [{instancePath:instancePath+"/turn/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.reasoningOutputTokens !== undefined){
let data14 = data10.reasoningOutputTokens;
const _errs35 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate103.errors = [{instancePath:instancePath+"/turn/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate103.errors = [{instancePath:instancePath+"/turn/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.totalTokens !== undefined){
let data15 = data10.totalTokens;
const _errs37 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate103.errors = [{instancePath:instancePath+"/turn/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs37){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
validate103.errors = [{instancePath:instancePath+"/turn/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
else {
validate103.errors = [{instancePath:instancePath+"/turn",schemaPath:"#/definitions/TokenUsage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.total !== undefined){
let data16 = data.total;
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing3;
if((((((data16.inputTokens === undefined) && (missing3 = "inputTokens")) || ((data16.cachedInputTokens === undefined) && (missing3 = "cachedInputTokens"))) || ((data16.outputTokens === undefined) && (missing3 = "outputTokens"))) || ((data16.reasoningOutputTokens === undefined) && (missing3 = "reasoningOutputTokens"))) || ((data16.totalTokens === undefined) && (missing3 = "totalTokens"))){
validate103.errors = [{instancePath:instancePath+"/total",schemaPath:"#/definitions/TokenUsage/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs42 = errors;
for(const key3 in data16){
if(!(((((key3 === "inputTokens") || (key3 === "cachedInputTokens")) || (key3 === "outputTokens")) || (key3 === "reasoningOutputTokens")) || (key3 === "totalTokens"))){
validate103.errors = [{instancePath:instancePath+"/total",schemaPath:"#/definitions/TokenUsage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs42 === errors){
if(data16.inputTokens !== undefined){
let data17 = data16.inputTokens;
const _errs43 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate103.errors = [{instancePath:instancePath+"/total/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs43){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
validate103.errors = [{instancePath:instancePath+"/total/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs43 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.cachedInputTokens !== undefined){
let data18 = data16.cachedInputTokens;
const _errs45 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate103.errors = [{instancePath:instancePath+"/total/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs45){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
validate103.errors = [{instancePath:instancePath+"/total/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs45 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.outputTokens !== undefined){
let data19 = data16.outputTokens;
const _errs47 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate103.errors = [{instancePath:instancePath+"/total/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs47){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
validate103.errors = [{instancePath:instancePath+"/total/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs47 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.reasoningOutputTokens !== undefined){
let data20 = data16.reasoningOutputTokens;
const _errs49 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate103.errors = [{instancePath:instancePath+"/total/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs49){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
validate103.errors = [{instancePath:instancePath+"/total/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs49 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.totalTokens !== undefined){
let data21 = data16.totalTokens;
const _errs51 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate103.errors = [{instancePath:instancePath+"/total/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs51){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
validate103.errors = [{instancePath:instancePath+"/total/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs51 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
}
else {
validate103.errors = [{instancePath:instancePath+"/total",schemaPath:"#/definitions/TokenUsage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contextWindow !== undefined){
let data22 = data.contextWindow;
const _errs53 = errors;
const _errs54 = errors;
let valid9 = false;
let passing0 = null;
const _errs55 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err0 = {instancePath:instancePath+"/contextWindow",schemaPath:"#/properties/contextWindow/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(errors === _errs55){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err1 = {instancePath:instancePath+"/contextWindow",schemaPath:"#/properties/contextWindow/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var _valid0 = _errs55 === errors;
if(_valid0){
valid9 = true;
passing0 = 0;
}
const _errs57 = errors;
if(data22 !== null){
const err2 = {instancePath:instancePath+"/contextWindow",schemaPath:"#/properties/contextWindow/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs57 === errors;
if(_valid0 && valid9){
valid9 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid9 = true;
passing0 = 1;
}
}
if(!valid9){
const err3 = {instancePath:instancePath+"/contextWindow",schemaPath:"#/properties/contextWindow/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate103.errors = vErrors;
return false;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rateLimits !== undefined){
const _errs59 = errors;
if(!(validate104(data.rateLimits, {instancePath:instancePath+"/rateLimits",parentData:data,parentDataProperty:"rateLimits",rootData}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var valid0 = _errs59 === errors;
}
else {
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
else {
validate103.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate103.errors = vErrors;
return errors === 0;
}

const schema152 = {"type":"object","additionalProperties":false,"required":["type","seq","sentAtMs","timestamp"],"properties":{"type":{"const":"heartbeat"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"sentAtMs":{"type":"integer","minimum":0},"timestamp":{"type":"string","format":"date-time"},"inReplyTo":{"$ref":"#/definitions/ClientFrameId"}}};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sentAtMs === undefined) && (missing0 = "sentAtMs"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate108.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "seq")) || (key0 === "sessionId")) || (key0 === "sentAtMs")) || (key0 === "timestamp")) || (key0 === "inReplyTo"))){
validate108.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("heartbeat" !== data.type){
validate108.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "heartbeat"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate108.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate108.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate108.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate108.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate108.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate108.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sentAtMs !== undefined){
let data3 = data.sentAtMs;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate108.errors = [{instancePath:instancePath+"/sentAtMs",schemaPath:"#/properties/sentAtMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate108.errors = [{instancePath:instancePath+"/sentAtMs",schemaPath:"#/properties/sentAtMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data4 = data.timestamp;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
validate108.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate108.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inReplyTo !== undefined){
const _errs13 = errors;
if(!(validate12(data.inReplyTo, {instancePath:instancePath+"/inReplyTo",parentData:data,parentDataProperty:"inReplyTo",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
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
else {
validate108.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate108.errors = vErrors;
return errors === 0;
}

const schema155 = {"type":"object","additionalProperties":false,"required":["type","seq","reason","message","reconnect"],"properties":{"type":{"const":"terminate"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"reason":{"type":"string","enum":["superseded","shutdown","heartbeat_timeout","protocol_error","slow_consumer","session_expired","client_closed"]},"message":{"type":"string"},"reconnect":{"type":"boolean"},"retryAfterMs":{"$ref":"#/definitions/DurationMs"}}};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.reason === undefined) && (missing0 = "reason"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.reconnect === undefined) && (missing0 = "reconnect"))){
validate111.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "seq")) || (key0 === "sessionId")) || (key0 === "reason")) || (key0 === "message")) || (key0 === "reconnect")) || (key0 === "retryAfterMs"))){
validate111.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("terminate" !== data.type){
validate111.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "terminate"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate111.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate111.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate111.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate111.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate111.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate111.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data3 = data.reason;
const _errs9 = errors;
if(typeof data3 !== "string"){
validate111.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data3 === "superseded") || (data3 === "shutdown")) || (data3 === "heartbeat_timeout")) || (data3 === "protocol_error")) || (data3 === "slow_consumer")) || (data3 === "session_expired")) || (data3 === "client_closed"))){
validate111.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema155.properties.reason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs11 = errors;
if(typeof data.message !== "string"){
validate111.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reconnect !== undefined){
const _errs13 = errors;
if(typeof data.reconnect !== "boolean"){
validate111.errors = [{instancePath:instancePath+"/reconnect",schemaPath:"#/properties/reconnect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retryAfterMs !== undefined){
let data6 = data.retryAfterMs;
const _errs15 = errors;
const _errs16 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate111.errors = [{instancePath:instancePath+"/retryAfterMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate111.errors = [{instancePath:instancePath+"/retryAfterMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs15 === errors;
}
else {
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
else {
validate111.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate111.errors = vErrors;
return errors === 0;
}

const schema159 = {"type":"object","additionalProperties":false,"required":["type","seq","sessionId","newSessionId","atTurnId","turnIds"],"properties":{"type":{"const":"session_forked"},"seq":{"$ref":"#/definitions/Seq"},"sessionId":{"$ref":"#/definitions/Id"},"inReplyTo":{"$ref":"#/definitions/ClientFrameId"},"newSessionId":{"$ref":"#/definitions/Id"},"atTurnId":{"type":"string"},"turnIds":{"type":"array","items":{"type":"string"}}}};

function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.newSessionId === undefined) && (missing0 = "newSessionId"))) || ((data.atTurnId === undefined) && (missing0 = "atTurnId"))) || ((data.turnIds === undefined) && (missing0 = "turnIds"))){
validate113.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "seq")) || (key0 === "sessionId")) || (key0 === "inReplyTo")) || (key0 === "newSessionId")) || (key0 === "atTurnId")) || (key0 === "turnIds"))){
validate113.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("session_forked" !== data.type){
validate113.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "session_forked"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate113.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate113.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate113.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate113.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate113.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate113.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inReplyTo !== undefined){
const _errs9 = errors;
if(!(validate12(data.inReplyTo, {instancePath:instancePath+"/inReplyTo",parentData:data,parentDataProperty:"inReplyTo",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.newSessionId !== undefined){
let data4 = data.newSessionId;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if((data4.length > 256 && func2(data4) > 256)){
validate113.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data4.length < 1 || (data4.length < 2 && func2(data4) < 1))){
validate113.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate113.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate113.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.atTurnId !== undefined){
const _errs13 = errors;
if(typeof data.atTurnId !== "string"){
validate113.errors = [{instancePath:instancePath+"/atTurnId",schemaPath:"#/properties/atTurnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnIds !== undefined){
let data6 = data.turnIds;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data6)){
var valid4 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs17 = errors;
if(typeof data6[i0] !== "string"){
validate113.errors = [{instancePath:instancePath+"/turnIds/" + i0,schemaPath:"#/properties/turnIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs17 === errors;
if(!valid4){
break;
}
}
}
else {
validate113.errors = [{instancePath:instancePath+"/turnIds",schemaPath:"#/properties/turnIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
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
else {
validate113.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate113.errors = vErrors;
return errors === 0;
}


function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs3 = errors;
if(!(validate50(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs4 = errors;
if(!(validate85(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
const _errs5 = errors;
if(!(validate100(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
}
const _errs6 = errors;
if(!(validate103(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
}
const _errs7 = errors;
if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 6];
}
else {
if(_valid0){
valid0 = true;
passing0 = 6;
}
const _errs8 = errors;
if(!(validate108(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 7];
}
else {
if(_valid0){
valid0 = true;
passing0 = 7;
}
const _errs9 = errors;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 8];
}
else {
if(_valid0){
valid0 = true;
passing0 = 8;
}
const _errs10 = errors;
if(!(validate113(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 9];
}
else {
if(_valid0){
valid0 = true;
passing0 = 9;
}
const _errs11 = errors;
if(!(validate91(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 10];
}
else {
if(_valid0){
valid0 = true;
passing0 = 10;
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
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate93.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate93.errors = vErrors;
return errors === 0;
}

export const rawServerHeartbeatFrame = validate117;

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sentAtMs === undefined) && (missing0 = "sentAtMs"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate117.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "seq")) || (key0 === "sessionId")) || (key0 === "sentAtMs")) || (key0 === "timestamp")) || (key0 === "inReplyTo"))){
validate117.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("heartbeat" !== data.type){
validate117.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "heartbeat"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate117.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate117.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate117.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate117.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate117.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate117.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sentAtMs !== undefined){
let data3 = data.sentAtMs;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate117.errors = [{instancePath:instancePath+"/sentAtMs",schemaPath:"#/properties/sentAtMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate117.errors = [{instancePath:instancePath+"/sentAtMs",schemaPath:"#/properties/sentAtMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data4 = data.timestamp;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
validate117.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate117.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inReplyTo !== undefined){
const _errs13 = errors;
if(!(validate12(data.inReplyTo, {instancePath:instancePath+"/inReplyTo",parentData:data,parentDataProperty:"inReplyTo",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
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
else {
validate117.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate117.errors = vErrors;
return errors === 0;
}

export const rawSessionForkedFrame = validate119;

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.newSessionId === undefined) && (missing0 = "newSessionId"))) || ((data.atTurnId === undefined) && (missing0 = "atTurnId"))) || ((data.turnIds === undefined) && (missing0 = "turnIds"))){
validate119.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "seq")) || (key0 === "sessionId")) || (key0 === "inReplyTo")) || (key0 === "newSessionId")) || (key0 === "atTurnId")) || (key0 === "turnIds"))){
validate119.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("session_forked" !== data.type){
validate119.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "session_forked"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate119.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate119.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate119.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate119.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate119.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate119.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inReplyTo !== undefined){
const _errs9 = errors;
if(!(validate12(data.inReplyTo, {instancePath:instancePath+"/inReplyTo",parentData:data,parentDataProperty:"inReplyTo",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.newSessionId !== undefined){
let data4 = data.newSessionId;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if((data4.length > 256 && func2(data4) > 256)){
validate119.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data4.length < 1 || (data4.length < 2 && func2(data4) < 1))){
validate119.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate119.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate119.errors = [{instancePath:instancePath+"/newSessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.atTurnId !== undefined){
const _errs13 = errors;
if(typeof data.atTurnId !== "string"){
validate119.errors = [{instancePath:instancePath+"/atTurnId",schemaPath:"#/properties/atTurnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnIds !== undefined){
let data6 = data.turnIds;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data6)){
var valid4 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs17 = errors;
if(typeof data6[i0] !== "string"){
validate119.errors = [{instancePath:instancePath+"/turnIds/" + i0,schemaPath:"#/properties/turnIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs17 === errors;
if(!valid4){
break;
}
}
}
else {
validate119.errors = [{instancePath:instancePath+"/turnIds",schemaPath:"#/properties/turnIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
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
else {
validate119.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate119.errors = vErrors;
return errors === 0;
}

export const rawSessionFrame = validate121;

function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.protocolVersion === undefined) && (missing0 = "protocolVersion"))) || ((data.resumed === undefined) && (missing0 = "resumed"))) || ((data.replay === undefined) && (missing0 = "replay"))) || ((data.turn === undefined) && (missing0 = "turn"))) || ((data.heartbeatIntervalMs === undefined) && (missing0 = "heartbeatIntervalMs"))) || ((data.maxFrameBytes === undefined) && (missing0 = "maxFrameBytes"))){
validate121.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema128.properties, key0))){
validate121.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("session" !== data.type){
validate121.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "session"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate121.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate121.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate121.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate121.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate121.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate121.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inReplyTo !== undefined){
const _errs9 = errors;
if(!(validate12(data.inReplyTo, {instancePath:instancePath+"/inReplyTo",parentData:data,parentDataProperty:"inReplyTo",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.protocolVersion !== undefined){
let data4 = data.protocolVersion;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
validate121.errors = [{instancePath:instancePath+"/protocolVersion",schemaPath:"#/definitions/ProtocolVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+){0,2}$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+){0,2}$"+"\""}];
return false;
}
}
else {
validate121.errors = [{instancePath:instancePath+"/protocolVersion",schemaPath:"#/definitions/ProtocolVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resumed !== undefined){
const _errs13 = errors;
if(typeof data.resumed !== "boolean"){
validate121.errors = [{instancePath:instancePath+"/resumed",schemaPath:"#/properties/resumed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.replay !== undefined){
let data6 = data.replay;
const _errs15 = errors;
const _errs16 = errors;
let valid4 = false;
let passing0 = null;
const _errs17 = errors;
if(data6 !== null){
const err0 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs19 = errors;
if(errors === _errs19){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if(((((data6.fromSeq === undefined) && (missing1 = "fromSeq")) || ((data6.toSeq === undefined) && (missing1 = "toSeq"))) || ((data6.count === undefined) && (missing1 = "count"))) || ((data6.lost === undefined) && (missing1 = "lost"))){
const err1 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
const _errs21 = errors;
for(const key1 in data6){
if(!((((key1 === "fromSeq") || (key1 === "toSeq")) || (key1 === "count")) || (key1 === "lost"))){
const err2 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
break;
}
}
if(_errs21 === errors){
if(data6.fromSeq !== undefined){
let data7 = data6.fromSeq;
const _errs22 = errors;
const _errs23 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err3 = {instancePath:instancePath+"/replay/fromSeq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(errors === _errs23){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err4 = {instancePath:instancePath+"/replay/fromSeq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var valid5 = _errs22 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.toSeq !== undefined){
let data8 = data6.toSeq;
const _errs25 = errors;
const _errs26 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err5 = {instancePath:instancePath+"/replay/toSeq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors === _errs26){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err6 = {instancePath:instancePath+"/replay/toSeq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.count !== undefined){
let data9 = data6.count;
const _errs28 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err7 = {instancePath:instancePath+"/replay/count",schemaPath:"#/properties/replay/oneOf/1/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(errors === _errs28){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err8 = {instancePath:instancePath+"/replay/count",schemaPath:"#/properties/replay/oneOf/1/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var valid5 = _errs28 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.lost !== undefined){
let data10 = data6.lost;
const _errs30 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err9 = {instancePath:instancePath+"/replay/lost",schemaPath:"#/properties/replay/oneOf/1/properties/lost/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(errors === _errs30){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err10 = {instancePath:instancePath+"/replay/lost",schemaPath:"#/properties/replay/oneOf/1/properties/lost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var valid5 = _errs30 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err12 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
validate121.errors = vErrors;
return false;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turn !== undefined){
let data11 = data.turn;
const _errs32 = errors;
const _errs33 = errors;
let valid8 = false;
let passing1 = null;
const _errs34 = errors;
if(data11 !== null){
const err13 = {instancePath:instancePath+"/turn",schemaPath:"#/properties/turn/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs34 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs36 = errors;
if(errors === _errs36){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing2;
if(((data11.turnId === undefined) && (missing2 = "turnId")) || ((data11.pendingCommandIds === undefined) && (missing2 = "pendingCommandIds"))){
const err14 = {instancePath:instancePath+"/turn",schemaPath:"#/properties/turn/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
const _errs38 = errors;
for(const key2 in data11){
if(!(((key2 === "turnId") || (key2 === "pendingCommandIds")) || (key2 === "pendingPromptIds"))){
const err15 = {instancePath:instancePath+"/turn",schemaPath:"#/properties/turn/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
}
if(_errs38 === errors){
if(data11.turnId !== undefined){
const _errs39 = errors;
if(typeof data11.turnId !== "string"){
const err16 = {instancePath:instancePath+"/turn/turnId",schemaPath:"#/properties/turn/oneOf/1/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid9 = _errs39 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.pendingCommandIds !== undefined){
let data13 = data11.pendingCommandIds;
const _errs41 = errors;
if(errors === _errs41){
if(Array.isArray(data13)){
var valid10 = true;
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
const _errs43 = errors;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data14 === "string"){
if((data14.length > 256 && func2(data14) > 256)){
const err17 = {instancePath:instancePath+"/turn/pendingCommandIds/" + i0,schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
if((data14.length < 1 || (data14.length < 2 && func2(data14) < 1))){
const err18 = {instancePath:instancePath+"/turn/pendingCommandIds/" + i0,schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(!pattern0.test(data14)){
const err19 = {instancePath:instancePath+"/turn/pendingCommandIds/" + i0,schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/turn/pendingCommandIds/" + i0,schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var valid10 = _errs43 === errors;
if(!valid10){
break;
}
}
}
else {
const err21 = {instancePath:instancePath+"/turn/pendingCommandIds",schemaPath:"#/properties/turn/oneOf/1/properties/pendingCommandIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var valid9 = _errs41 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.pendingPromptIds !== undefined){
let data15 = data11.pendingPromptIds;
const _errs46 = errors;
if(errors === _errs46){
if(Array.isArray(data15)){
var valid12 = true;
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
const _errs48 = errors;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data16 === "string"){
if((data16.length > 256 && func2(data16) > 256)){
const err22 = {instancePath:instancePath+"/turn/pendingPromptIds/" + i1,schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
if((data16.length < 1 || (data16.length < 2 && func2(data16) < 1))){
const err23 = {instancePath:instancePath+"/turn/pendingPromptIds/" + i1,schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
if(!pattern0.test(data16)){
const err24 = {instancePath:instancePath+"/turn/pendingPromptIds/" + i1,schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/turn/pendingPromptIds/" + i1,schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var valid12 = _errs48 === errors;
if(!valid12){
break;
}
}
}
else {
const err26 = {instancePath:instancePath+"/turn/pendingPromptIds",schemaPath:"#/properties/turn/oneOf/1/properties/pendingPromptIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var valid9 = _errs46 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/turn",schemaPath:"#/properties/turn/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid1 = _errs36 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err28 = {instancePath:instancePath+"/turn",schemaPath:"#/properties/turn/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
validate121.errors = vErrors;
return false;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.heartbeatIntervalMs !== undefined){
let data17 = data.heartbeatIntervalMs;
const _errs51 = errors;
const _errs52 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate121.errors = [{instancePath:instancePath+"/heartbeatIntervalMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs52){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
validate121.errors = [{instancePath:instancePath+"/heartbeatIntervalMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxFrameBytes !== undefined){
let data18 = data.maxFrameBytes;
const _errs54 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate121.errors = [{instancePath:instancePath+"/maxFrameBytes",schemaPath:"#/properties/maxFrameBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs54){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
validate121.errors = [{instancePath:instancePath+"/maxFrameBytes",schemaPath:"#/properties/maxFrameBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs54 === errors;
}
else {
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
else {
validate121.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate121.errors = vErrors;
return errors === 0;
}

export const rawStatusFrame = validate123;

function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.turnId === undefined) && (missing0 = "turnId"))) || ((data.state === undefined) && (missing0 = "state"))) || ((data.message === undefined) && (missing0 = "message"))){
validate123.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema137.properties, key0))){
validate123.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("status" !== data.type){
validate123.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "status"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate123.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate123.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate123.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate123.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate123.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate123.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnId !== undefined){
const _errs9 = errors;
if(typeof data.turnId !== "string"){
validate123.errors = [{instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data4 = data.state;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate123.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data4 === "started") || (data4 === "completed")) || (data4 === "interrupted")) || (data4 === "failed"))){
validate123.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema137.properties.state.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inReplyTo !== undefined){
const _errs13 = errors;
if(!(validate12(data.inReplyTo, {instancePath:instancePath+"/inReplyTo",parentData:data,parentDataProperty:"inReplyTo",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data6 = data.reason;
const _errs14 = errors;
if(typeof data6 !== "string"){
validate123.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data6 === "cancelled") || (data6 === "denied")) || (data6 === "shutdown")) || (data6 === "model_error")) || (data6 === "engine_error")) || (data6 === "engine_exited")) || (data6 === "watchdog")) || (data6 === "internal"))){
validate123.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema137.properties.reason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs16 = errors;
if(typeof data.message !== "string"){
validate123.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retryable !== undefined){
const _errs18 = errors;
if(typeof data.retryable !== "boolean"){
validate123.errors = [{instancePath:instancePath+"/retryable",schemaPath:"#/properties/retryable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.usage !== undefined){
let data9 = data.usage;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing1;
if((((((data9.inputTokens === undefined) && (missing1 = "inputTokens")) || ((data9.cachedInputTokens === undefined) && (missing1 = "cachedInputTokens"))) || ((data9.outputTokens === undefined) && (missing1 = "outputTokens"))) || ((data9.reasoningOutputTokens === undefined) && (missing1 = "reasoningOutputTokens"))) || ((data9.totalTokens === undefined) && (missing1 = "totalTokens"))){
validate123.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/definitions/TokenUsage/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs23 = errors;
for(const key1 in data9){
if(!(((((key1 === "inputTokens") || (key1 === "cachedInputTokens")) || (key1 === "outputTokens")) || (key1 === "reasoningOutputTokens")) || (key1 === "totalTokens"))){
validate123.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/definitions/TokenUsage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data9.inputTokens !== undefined){
let data10 = data9.inputTokens;
const _errs24 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate123.errors = [{instancePath:instancePath+"/usage/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate123.errors = [{instancePath:instancePath+"/usage/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.cachedInputTokens !== undefined){
let data11 = data9.cachedInputTokens;
const _errs26 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate123.errors = [{instancePath:instancePath+"/usage/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate123.errors = [{instancePath:instancePath+"/usage/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.outputTokens !== undefined){
let data12 = data9.outputTokens;
const _errs28 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate123.errors = [{instancePath:instancePath+"/usage/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate123.errors = [{instancePath:instancePath+"/usage/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.reasoningOutputTokens !== undefined){
let data13 = data9.reasoningOutputTokens;
const _errs30 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate123.errors = [{instancePath:instancePath+"/usage/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs30){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate123.errors = [{instancePath:instancePath+"/usage/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.totalTokens !== undefined){
let data14 = data9.totalTokens;
const _errs32 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate123.errors = [{instancePath:instancePath+"/usage/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs32){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate123.errors = [{instancePath:instancePath+"/usage/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
validate123.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/definitions/TokenUsage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.durationMs !== undefined){
let data15 = data.durationMs;
const _errs34 = errors;
const _errs35 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate123.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
validate123.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.finalMessage !== undefined){
let data16 = data.finalMessage;
const _errs37 = errors;
const _errs38 = errors;
let valid6 = false;
let passing0 = null;
const _errs39 = errors;
if(typeof data16 !== "string"){
const err0 = {instancePath:instancePath+"/finalMessage",schemaPath:"#/properties/finalMessage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs41 = errors;
if(data16 !== null){
const err1 = {instancePath:instancePath+"/finalMessage",schemaPath:"#/properties/finalMessage/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs41 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
}
}
if(!valid6){
const err2 = {instancePath:instancePath+"/finalMessage",schemaPath:"#/properties/finalMessage/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate123.errors = vErrors;
return false;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.structuredOutput !== undefined){
let data17 = data.structuredOutput;
const _errs43 = errors;
if((((typeof data17 != "object") && (typeof data17 !== "string")) && (!((typeof data17 == "number") && (isFinite(data17))))) && (typeof data17 !== "boolean")){
validate123.errors = [{instancePath:instancePath+"/structuredOutput",schemaPath:"#/definitions/JsonValue/type",keyword:"type",params:{type: schema88.type},message:"must be object,array,string,number,integer,boolean,null"}];
return false;
}
var valid0 = _errs43 === errors;
}
else {
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
else {
validate123.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate123.errors = vErrors;
return errors === 0;
}

export const rawTerminateFrame = validate125;

function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.reason === undefined) && (missing0 = "reason"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.reconnect === undefined) && (missing0 = "reconnect"))){
validate125.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "seq")) || (key0 === "sessionId")) || (key0 === "reason")) || (key0 === "message")) || (key0 === "reconnect")) || (key0 === "retryAfterMs"))){
validate125.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("terminate" !== data.type){
validate125.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "terminate"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate125.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate125.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate125.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate125.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate125.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate125.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data3 = data.reason;
const _errs9 = errors;
if(typeof data3 !== "string"){
validate125.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data3 === "superseded") || (data3 === "shutdown")) || (data3 === "heartbeat_timeout")) || (data3 === "protocol_error")) || (data3 === "slow_consumer")) || (data3 === "session_expired")) || (data3 === "client_closed"))){
validate125.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema155.properties.reason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs11 = errors;
if(typeof data.message !== "string"){
validate125.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reconnect !== undefined){
const _errs13 = errors;
if(typeof data.reconnect !== "boolean"){
validate125.errors = [{instancePath:instancePath+"/reconnect",schemaPath:"#/properties/reconnect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retryAfterMs !== undefined){
let data6 = data.retryAfterMs;
const _errs15 = errors;
const _errs16 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate125.errors = [{instancePath:instancePath+"/retryAfterMs",schemaPath:"#/definitions/DurationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate125.errors = [{instancePath:instancePath+"/retryAfterMs",schemaPath:"#/definitions/DurationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs15 === errors;
}
else {
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
else {
validate125.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate125.errors = vErrors;
return errors === 0;
}

export const rawUsageFrame = validate126;

function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.type === undefined) && (missing0 = "type")) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.sessionId === undefined) && (missing0 = "sessionId"))) || ((data.turnId === undefined) && (missing0 = "turnId"))) || ((data.last === undefined) && (missing0 = "last"))) || ((data.turn === undefined) && (missing0 = "turn"))) || ((data.total === undefined) && (missing0 = "total"))) || ((data.contextWindow === undefined) && (missing0 = "contextWindow"))){
validate126.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema143.properties, key0))){
validate126.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("usage" !== data.type){
validate126.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "usage"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data1 = data.seq;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate126.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate126.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/Seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate126.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate126.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate126.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate126.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turnId !== undefined){
const _errs9 = errors;
if(typeof data.turnId !== "string"){
validate126.errors = [{instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.last !== undefined){
let data4 = data.last;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((((((data4.inputTokens === undefined) && (missing1 = "inputTokens")) || ((data4.cachedInputTokens === undefined) && (missing1 = "cachedInputTokens"))) || ((data4.outputTokens === undefined) && (missing1 = "outputTokens"))) || ((data4.reasoningOutputTokens === undefined) && (missing1 = "reasoningOutputTokens"))) || ((data4.totalTokens === undefined) && (missing1 = "totalTokens"))){
validate126.errors = [{instancePath:instancePath+"/last",schemaPath:"#/definitions/TokenUsage/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data4){
if(!(((((key1 === "inputTokens") || (key1 === "cachedInputTokens")) || (key1 === "outputTokens")) || (key1 === "reasoningOutputTokens")) || (key1 === "totalTokens"))){
validate126.errors = [{instancePath:instancePath+"/last",schemaPath:"#/definitions/TokenUsage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data4.inputTokens !== undefined){
let data5 = data4.inputTokens;
const _errs15 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate126.errors = [{instancePath:instancePath+"/last/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate126.errors = [{instancePath:instancePath+"/last/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.cachedInputTokens !== undefined){
let data6 = data4.cachedInputTokens;
const _errs17 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate126.errors = [{instancePath:instancePath+"/last/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate126.errors = [{instancePath:instancePath+"/last/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.outputTokens !== undefined){
let data7 = data4.outputTokens;
const _errs19 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate126.errors = [{instancePath:instancePath+"/last/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs19){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate126.errors = [{instancePath:instancePath+"/last/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.reasoningOutputTokens !== undefined){
let data8 = data4.reasoningOutputTokens;
const _errs21 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate126.errors = [{instancePath:instancePath+"/last/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
validate126.errors = [{instancePath:instancePath+"/last/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.totalTokens !== undefined){
let data9 = data4.totalTokens;
const _errs23 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate126.errors = [{instancePath:instancePath+"/last/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs23){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate126.errors = [{instancePath:instancePath+"/last/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
validate126.errors = [{instancePath:instancePath+"/last",schemaPath:"#/definitions/TokenUsage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.turn !== undefined){
let data10 = data.turn;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing2;
if((((((data10.inputTokens === undefined) && (missing2 = "inputTokens")) || ((data10.cachedInputTokens === undefined) && (missing2 = "cachedInputTokens"))) || ((data10.outputTokens === undefined) && (missing2 = "outputTokens"))) || ((data10.reasoningOutputTokens === undefined) && (missing2 = "reasoningOutputTokens"))) || ((data10.totalTokens === undefined) && (missing2 = "totalTokens"))){
validate126.errors = [{instancePath:instancePath+"/turn",schemaPath:"#/definitions/TokenUsage/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs28 = errors;
for(const key2 in data10){
if(!(((((key2 === "inputTokens") || (key2 === "cachedInputTokens")) || (key2 === "outputTokens")) || (key2 === "reasoningOutputTokens")) || (key2 === "totalTokens"))){
validate126.errors = [{instancePath:instancePath+"/turn",schemaPath:"#/definitions/TokenUsage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs28 === errors){
if(data10.inputTokens !== undefined){
let data11 = data10.inputTokens;
const _errs29 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate126.errors = [{instancePath:instancePath+"/turn/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs29){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate126.errors = [{instancePath:instancePath+"/turn/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.cachedInputTokens !== undefined){
let data12 = data10.cachedInputTokens;
const _errs31 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate126.errors = [{instancePath:instancePath+"/turn/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs31){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate126.errors = [{instancePath:instancePath+"/turn/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.outputTokens !== undefined){
let data13 = data10.outputTokens;
const _errs33 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate126.errors = [{instancePath:instancePath+"/turn/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate126.errors = [{instancePath:instancePath+"/turn/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.reasoningOutputTokens !== undefined){
let data14 = data10.reasoningOutputTokens;
const _errs35 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate126.errors = [{instancePath:instancePath+"/turn/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate126.errors = [{instancePath:instancePath+"/turn/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.totalTokens !== undefined){
let data15 = data10.totalTokens;
const _errs37 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate126.errors = [{instancePath:instancePath+"/turn/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs37){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
validate126.errors = [{instancePath:instancePath+"/turn/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
else {
validate126.errors = [{instancePath:instancePath+"/turn",schemaPath:"#/definitions/TokenUsage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.total !== undefined){
let data16 = data.total;
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing3;
if((((((data16.inputTokens === undefined) && (missing3 = "inputTokens")) || ((data16.cachedInputTokens === undefined) && (missing3 = "cachedInputTokens"))) || ((data16.outputTokens === undefined) && (missing3 = "outputTokens"))) || ((data16.reasoningOutputTokens === undefined) && (missing3 = "reasoningOutputTokens"))) || ((data16.totalTokens === undefined) && (missing3 = "totalTokens"))){
validate126.errors = [{instancePath:instancePath+"/total",schemaPath:"#/definitions/TokenUsage/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs42 = errors;
for(const key3 in data16){
if(!(((((key3 === "inputTokens") || (key3 === "cachedInputTokens")) || (key3 === "outputTokens")) || (key3 === "reasoningOutputTokens")) || (key3 === "totalTokens"))){
validate126.errors = [{instancePath:instancePath+"/total",schemaPath:"#/definitions/TokenUsage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs42 === errors){
if(data16.inputTokens !== undefined){
let data17 = data16.inputTokens;
const _errs43 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate126.errors = [{instancePath:instancePath+"/total/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs43){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
validate126.errors = [{instancePath:instancePath+"/total/inputTokens",schemaPath:"#/definitions/TokenUsage/properties/inputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs43 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.cachedInputTokens !== undefined){
let data18 = data16.cachedInputTokens;
const _errs45 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate126.errors = [{instancePath:instancePath+"/total/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs45){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
validate126.errors = [{instancePath:instancePath+"/total/cachedInputTokens",schemaPath:"#/definitions/TokenUsage/properties/cachedInputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs45 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.outputTokens !== undefined){
let data19 = data16.outputTokens;
const _errs47 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate126.errors = [{instancePath:instancePath+"/total/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs47){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
validate126.errors = [{instancePath:instancePath+"/total/outputTokens",schemaPath:"#/definitions/TokenUsage/properties/outputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs47 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.reasoningOutputTokens !== undefined){
let data20 = data16.reasoningOutputTokens;
const _errs49 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate126.errors = [{instancePath:instancePath+"/total/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs49){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
validate126.errors = [{instancePath:instancePath+"/total/reasoningOutputTokens",schemaPath:"#/definitions/TokenUsage/properties/reasoningOutputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs49 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.totalTokens !== undefined){
let data21 = data16.totalTokens;
const _errs51 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate126.errors = [{instancePath:instancePath+"/total/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs51){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
validate126.errors = [{instancePath:instancePath+"/total/totalTokens",schemaPath:"#/definitions/TokenUsage/properties/totalTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs51 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
}
else {
validate126.errors = [{instancePath:instancePath+"/total",schemaPath:"#/definitions/TokenUsage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contextWindow !== undefined){
let data22 = data.contextWindow;
const _errs53 = errors;
const _errs54 = errors;
let valid9 = false;
let passing0 = null;
const _errs55 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err0 = {instancePath:instancePath+"/contextWindow",schemaPath:"#/properties/contextWindow/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(errors === _errs55){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err1 = {instancePath:instancePath+"/contextWindow",schemaPath:"#/properties/contextWindow/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var _valid0 = _errs55 === errors;
if(_valid0){
valid9 = true;
passing0 = 0;
}
const _errs57 = errors;
if(data22 !== null){
const err2 = {instancePath:instancePath+"/contextWindow",schemaPath:"#/properties/contextWindow/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs57 === errors;
if(_valid0 && valid9){
valid9 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid9 = true;
passing0 = 1;
}
}
if(!valid9){
const err3 = {instancePath:instancePath+"/contextWindow",schemaPath:"#/properties/contextWindow/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate126.errors = vErrors;
return false;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rateLimits !== undefined){
const _errs59 = errors;
if(!(validate104(data.rateLimits, {instancePath:instancePath+"/rateLimits",parentData:data,parentDataProperty:"rateLimits",rootData}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var valid0 = _errs59 === errors;
}
else {
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
else {
validate126.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate126.errors = vErrors;
return errors === 0;
}

export const rawUserMessageFrame = validate128;

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.content === undefined) && (missing0 = "content"))){
validate128.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func23.call(schema32.properties, key0))){
validate128.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("user_message" !== data.type){
validate128.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "user_message"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(!(validate12(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionId !== undefined){
let data2 = data.sessionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if((data2.length > 256 && func2(data2) > 256)){
validate128.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data2.length < 1 || (data2.length < 2 && func2(data2) < 1))){
validate128.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate128.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate128.errors = [{instancePath:instancePath+"/sessionId",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
const _errs7 = errors;
if(typeof data.content !== "string"){
validate128.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.imagePaths !== undefined){
let data4 = data.imagePaths;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
if(data4.length > 32){
validate128.errors = [{instancePath:instancePath+"/imagePaths",schemaPath:"#/properties/imagePaths/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs11 = errors;
if(errors === _errs11){
if(typeof data5 === "string"){
if((data5.length > 4096 && func2(data5) > 4096)){
validate128.errors = [{instancePath:instancePath+"/imagePaths/" + i0,schemaPath:"#/properties/imagePaths/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if((data5.length < 1 || (data5.length < 2 && func2(data5) < 1))){
validate128.errors = [{instancePath:instancePath+"/imagePaths/" + i0,schemaPath:"#/properties/imagePaths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate128.errors = [{instancePath:instancePath+"/imagePaths/" + i0,schemaPath:"#/properties/imagePaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate128.errors = [{instancePath:instancePath+"/imagePaths",schemaPath:"#/properties/imagePaths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.images !== undefined){
let data6 = data.images;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
if(data6.length > 32){
validate128.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs15 = errors;
const _errs17 = errors;
let valid5 = false;
let passing0 = null;
const _errs18 = errors;
if(errors === _errs18){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing1;
if((data7.dataUrl === undefined) && (missing1 = "dataUrl")){
const err0 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs20 = errors;
for(const key1 in data7){
if(!(key1 === "dataUrl")){
const err1 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs20 === errors){
if(data7.dataUrl !== undefined){
let data8 = data7.dataUrl;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(!pattern9.test(data8)){
const err2 = {instancePath:instancePath+"/images/" + i1+"/dataUrl",schemaPath:"#/definitions/ImageInput/oneOf/0/properties/dataUrl/pattern",keyword:"pattern",params:{pattern: "^data:image/[a-zA-Z0-9.+-]+;base64,"},message:"must match pattern \""+"^data:image/[a-zA-Z0-9.+-]+;base64,"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/images/" + i1+"/dataUrl",schemaPath:"#/definitions/ImageInput/oneOf/0/properties/dataUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs18 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs23 = errors;
if(errors === _errs23){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((data7.path === undefined) && (missing2 = "path")){
const err5 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
const _errs25 = errors;
for(const key2 in data7){
if(!(key2 === "path")){
const err6 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
}
if(_errs25 === errors){
if(data7.path !== undefined){
let data9 = data7.path;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data9 === "string"){
if((data9.length > 4096 && func2(data9) > 4096)){
const err7 = {instancePath:instancePath+"/images/" + i1+"/path",schemaPath:"#/definitions/ImageInput/oneOf/1/properties/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if((data9.length < 1 || (data9.length < 2 && func2(data9) < 1))){
const err8 = {instancePath:instancePath+"/images/" + i1+"/path",schemaPath:"#/definitions/ImageInput/oneOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/images/" + i1+"/path",schemaPath:"#/definitions/ImageInput/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid0 = _errs23 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err11 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/definitions/ImageInput/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate128.errors = vErrors;
return false;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate128.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.configOverrides !== undefined){
const _errs28 = errors;
if(!(validate21(data.configOverrides, {instancePath:instancePath+"/configOverrides",parentData:data,parentDataProperty:"configOverrides",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expectedTurnId !== undefined){
let data11 = data.expectedTurnId;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data11 === "string"){
if((data11.length > 256 && func2(data11) > 256)){
validate128.errors = [{instancePath:instancePath+"/expectedTurnId",schemaPath:"#/properties/expectedTurnId/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if((data11.length < 1 || (data11.length < 2 && func2(data11) < 1))){
validate128.errors = [{instancePath:instancePath+"/expectedTurnId",schemaPath:"#/properties/expectedTurnId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate128.errors = [{instancePath:instancePath+"/expectedTurnId",schemaPath:"#/properties/expectedTurnId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trace !== undefined){
let data12 = data.trace;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing3;
if((data12.traceparent === undefined) && (missing3 = "traceparent")){
validate128.errors = [{instancePath:instancePath+"/trace",schemaPath:"#/definitions/TraceContext/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key3 in data12){
if(!((key3 === "traceparent") || (key3 === "tracestate"))){
validate128.errors = [{instancePath:instancePath+"/trace",schemaPath:"#/definitions/TraceContext/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data12.traceparent !== undefined){
let data13 = data12.traceparent;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data13 === "string"){
if(!pattern10.test(data13)){
validate128.errors = [{instancePath:instancePath+"/trace/traceparent",schemaPath:"#/definitions/TraceContext/properties/traceparent/pattern",keyword:"pattern",params:{pattern: "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"},message:"must match pattern \""+"^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"+"\""}];
return false;
}
}
else {
validate128.errors = [{instancePath:instancePath+"/trace/traceparent",schemaPath:"#/definitions/TraceContext/properties/traceparent/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs35 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data12.tracestate !== undefined){
let data14 = data12.tracestate;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data14 === "string"){
if((data14.length > 512 && func2(data14) > 512)){
validate128.errors = [{instancePath:instancePath+"/trace/tracestate",schemaPath:"#/definitions/TraceContext/properties/tracestate/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(!pattern11.test(data14)){
validate128.errors = [{instancePath:instancePath+"/trace/tracestate",schemaPath:"#/definitions/TraceContext/properties/tracestate/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7e]*$"},message:"must match pattern \""+"^[\\x20-\\x7e]*$"+"\""}];
return false;
}
}
}
else {
validate128.errors = [{instancePath:instancePath+"/trace/tracestate",schemaPath:"#/definitions/TraceContext/properties/tracestate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs37 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
validate128.errors = [{instancePath:instancePath+"/trace",schemaPath:"#/definitions/TraceContext/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
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
else {
validate128.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate128.errors = vErrors;
return errors === 0;
}


import type { ErrorObject } from "ajv";
import type * as T from "./types.js";
/** A compiled validator: a type guard; on failure `errors` holds the first error (with `instancePath`). */
export interface FrameValidator<F> {
  (data: unknown): data is F;
  errors?: ErrorObject[] | null;
}
export const validateAnswerFrame = rawAnswerFrame as unknown as FrameValidator<T.AnswerFrame>;
export const validateApproveFrame = rawApproveFrame as unknown as FrameValidator<T.ApproveFrame>;
export const validateCancelFrame = rawCancelFrame as unknown as FrameValidator<T.CancelFrame>;
export const validateClientFrame = rawClientFrame as unknown as FrameValidator<T.ClientFrame>;
export const validateClientHeartbeatFrame = rawClientHeartbeatFrame as unknown as FrameValidator<T.ClientHeartbeatFrame>;
export const validateCommandPromptFrame = rawCommandPromptFrame as unknown as FrameValidator<T.CommandPromptFrame>;
export const validateCompactFrame = rawCompactFrame as unknown as FrameValidator<T.CompactFrame>;
export const validateErrorFrame = rawErrorFrame as unknown as FrameValidator<T.ErrorFrame>;
export const validateForkSessionFrame = rawForkSessionFrame as unknown as FrameValidator<T.ForkSessionFrame>;
export const validateHttpError = rawHttpError as unknown as FrameValidator<T.HttpError>;
export const validateItemFrame = rawItemFrame as unknown as FrameValidator<T.ItemFrame>;
export const validateOpenSessionFrame = rawOpenSessionFrame as unknown as FrameValidator<T.OpenSessionFrame>;
export const validateQuestionPromptFrame = rawQuestionPromptFrame as unknown as FrameValidator<T.QuestionPromptFrame>;
export const validateReviewFrame = rawReviewFrame as unknown as FrameValidator<T.ReviewFrame>;
export const validateRollbackFrame = rawRollbackFrame as unknown as FrameValidator<T.RollbackFrame>;
export const validateRolledBackFrame = rawRolledBackFrame as unknown as FrameValidator<T.RolledBackFrame>;
export const validateServerFrame = rawServerFrame as unknown as FrameValidator<T.ServerFrame>;
export const validateServerHeartbeatFrame = rawServerHeartbeatFrame as unknown as FrameValidator<T.ServerHeartbeatFrame>;
export const validateSessionForkedFrame = rawSessionForkedFrame as unknown as FrameValidator<T.SessionForkedFrame>;
export const validateSessionFrame = rawSessionFrame as unknown as FrameValidator<T.SessionFrame>;
export const validateStatusFrame = rawStatusFrame as unknown as FrameValidator<T.StatusFrame>;
export const validateTerminateFrame = rawTerminateFrame as unknown as FrameValidator<T.TerminateFrame>;
export const validateUsageFrame = rawUsageFrame as unknown as FrameValidator<T.UsageFrame>;
export const validateUserMessageFrame = rawUserMessageFrame as unknown as FrameValidator<T.UserMessageFrame>;
