package dev.wuye.complaint.cases;

import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.Masking;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The customer who raised an opinion. Personal data: {@link #toString()} masks it.
 *
 * @param name    the customer's name; nullable (anonymous forum posts)
 * @param phone   the phone number; nullable
 * @param address building / unit / room (楼栋单元房号); nullable
 */
public record Customer(
        @Size(max = 64, message = "{wuye.customer.name.size}") String name,
        @Size(max = 32, message = "{wuye.customer.phone.size}")
        @Pattern(regexp = "[0-9+\\- ]*", message = "{wuye.customer.phone.pattern}") String phone,
        @Size(max = 200, message = "{wuye.customer.address.size}") String address) {

    /** The SPI form. */
    public CustomerData toData() {
        return new CustomerData(name, phone, address);
    }

    /** From the SPI form. */
    public static Customer of(CustomerData data) {
        return new Customer(data.name(), data.phone(), data.address());
    }

    @Override
    public String toString() {
        return "Customer[name=" + Masking.name(name) + ", phone=" + Masking.phone(phone)
                + ", address=" + Masking.address(address) + "]";
    }
}
