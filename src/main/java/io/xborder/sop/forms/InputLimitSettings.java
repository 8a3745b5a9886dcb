package io.xborder.sop.forms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code xborder.input-limits.*}: the largest serialized variable value (Json, Xml, Object, Bytes, File) a request may carry. */
@ConfigurationProperties("xborder.input-limits")
record InputLimitSettings(@DefaultValue("256KB") DataSize maxSerializedVariableSize) {}
