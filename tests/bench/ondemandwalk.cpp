// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ONDEMAND_WALK_SUFFIX renames the functions, so that the file can be compiled once more for another processor and
// linked beside this one, for comparison (not done in the build: inline code of simdjson's shared by both would then
// come from either).
#include "ondemandwalk.h"

#include <simdjson.h>
#include <utility>

#ifndef ONDEMAND_WALK_SUFFIX
#define ONDEMAND_WALK_SUFFIX
#endif
#define ONDEMAND_WALK_JOIN2(a, b) a##b
#define ONDEMAND_WALK_JOIN(a, b) ONDEMAND_WALK_JOIN2(a, b)
#define ONDEMAND_WALK_NAME(name) ONDEMAND_WALK_JOIN(name, ONDEMAND_WALK_SUFFIX)

namespace {

namespace ondemand = simdjson::ondemand;

simdjson::error_code walkValue(ondemand::value &value, std::uint64_t &checksum)
{
    ondemand::json_type type;
    if (const auto error = value.type().get(type))
        return error;
    switch (type) {
    case ondemand::json_type::object: {
        ondemand::object object;
        if (const auto error = value.get_object().get(object))
            return error;
        for (auto fieldResult : object) {
            ondemand::field field;
            if (const auto error = std::move(fieldResult).get(field))
                return error;
            std::string_view key;
            if (const auto error = field.unescaped_key().get(key))
                return error;
            checksum += key.size();
            if (const auto error = walkValue(field.value(), checksum))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case ondemand::json_type::array: {
        ondemand::array array;
        if (const auto error = value.get_array().get(array))
            return error;
        for (auto elementResult : array) {
            ondemand::value element;
            if (const auto error = std::move(elementResult).get(element))
                return error;
            if (const auto error = walkValue(element, checksum))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case ondemand::json_type::number: {
        ondemand::number number;
        if (const auto error = value.get_number().get(number))
            return error;
        switch (number.get_number_type()) {
        case ondemand::number_type::signed_integer:
            checksum += std::uint64_t(number.get_int64());
            break;
        case ondemand::number_type::unsigned_integer:
            checksum += number.get_uint64();
            break;
        default:
            checksum += std::uint64_t(number.get_double() != 0.0);
            break;
        }
        return simdjson::SUCCESS;
    }
    case ondemand::json_type::string: {
        std::string_view text;
        if (const auto error = value.get_string().get(text))
            return error;
        checksum += text.size();
        return simdjson::SUCCESS;
    }
    case ondemand::json_type::boolean: {
        bool flag = false;
        if (const auto error = value.get_bool().get(flag))
            return error;
        checksum += flag ? 1 : 0;
        return simdjson::SUCCESS;
    }
    case ondemand::json_type::null: {
        bool isNull = false;
        if (const auto error = value.is_null().get(isNull))
            return error;
        return isNull ? simdjson::SUCCESS : simdjson::INCORRECT_TYPE;
    }
    }
    return simdjson::INCORRECT_TYPE;
}

} // namespace

bool ONDEMAND_WALK_NAME(walkOnDemand)(const char *json, std::size_t size, std::size_t capacity, std::uint64_t &checksum)
{
    thread_local ondemand::parser parser;
    ondemand::document document;
    if (parser.iterate(json, size, capacity).get(document) != simdjson::SUCCESS)
        return false;
    ondemand::object root;
    if (document.get_object().get(root) != simdjson::SUCCESS)
        return false;
    for (auto fieldResult : root) {
        ondemand::field field;
        if (std::move(fieldResult).get(field) != simdjson::SUCCESS)
            return false;
        std::string_view key;
        if (field.unescaped_key().get(key) != simdjson::SUCCESS)
            return false;
        checksum += key.size();
        if (walkValue(field.value(), checksum) != simdjson::SUCCESS)
            return false;
    }
    // simdjson 3.0.1 has no public test for text after the root; what follows it was seen by stage 1 only.
    return true;
}

const char *ONDEMAND_WALK_NAME(onDemandImplementation)()
{
    return SIMDJSON_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION);
}
